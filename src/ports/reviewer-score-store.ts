import type { ProjectKey } from '../domain/ids/project-key';
import type { IssueKey } from '../domain/ids/issue-key';
import type { ReviewerScore } from './reviewer-score';

/** Where reviewers' scores are kept: the latest value per proposal, model and criterion (the audit log keeps the rest). */
export interface ReviewerScoreStore {
  /** Every score given on the project's proposals. */
  listScores(projectKey: ProjectKey): Promise<readonly ReviewerScore[]>;
  /** Keeps the score, replacing the one given before for the same proposal, model and criterion. */
  saveScore(projectKey: ProjectKey, score: ReviewerScore): Promise<void>;
  /** Takes a criterion's score away, so the proposal is missing it again. */
  clearScore(projectKey: ProjectKey, proposalKey: IssueKey, modelId: string, criterionId: string): Promise<void>;
}
