import { kvs } from '@forge/kvs';
import type { ReviewerScoreStore } from '../../ports/reviewer-score-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { reviewerScoreSchema } from './reviewer-score-schema';

/**
 * Reviewers' scores over Forge's key-value store, one key per proposal, model and criterion
 * (`intake-score:<KEY>:<PROPOSAL>:<model>:<criterion>`), so two reviewers scoring different criteria never overwrite
 * each other. Checked as written and read; a value that no longer reads is skipped.
 */
export function createReviewerScoreStore(): ReviewerScoreStore {
  return {
    async listScores(projectKey) {
      return (await queryByPrefix(kvsKeys.reviewerScoresOf(projectKey))).flatMap((row) => {
        const parsed = reviewerScoreSchema.safeParse(row.value);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async saveScore(projectKey, score) {
      const checked = reviewerScoreSchema.parse(score);
      await kvs.set(kvsKeys.reviewerScore(projectKey, checked.proposalKey, checked.modelId, checked.criterionId), checked);
    },
    async clearScore(projectKey, proposalKey, modelId, criterionId) {
      await kvs.delete(kvsKeys.reviewerScore(projectKey, proposalKey, modelId, criterionId));
    },
  };
}
