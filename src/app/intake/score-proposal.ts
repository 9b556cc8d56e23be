import type { IntakeBoardDto } from '../../contract/intake-board-dto';
import type { IntakeBoardQuery } from '../../contract/intake-board-query';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { instantOf } from '../../domain/time/instant-of';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { checkReviewerValue } from './check-reviewer-value';
import { findProposal } from './find-proposal';
import type { IntakeWriteDeps } from './intake-write-deps';
import { loadIntakeBoard } from './load-intake-board';
import { requireReviewer } from './require-reviewer';
import type { ScoreProposalInput } from './score-proposal-input';

/**
 * Records reviewers' values for criteria of the chosen model on one proposal (a Jira administrator or an
 * administrator of its project only), or takes them away (null). Every value is checked before anything is written:
 * the criterion must be the model's, not already held by the issue's Jira field (the app never contradicts Jira), and
 * the value must lie on the criterion's scale (one of its steps where it has steps). Audited as one entry.
 */
export async function scoreProposal(deps: IntakeWriteDeps, input: ScoreProposalInput, board: IntakeBoardQuery = {}): Promise<IntakeBoardDto> {
  const { view, record } = await findProposal(deps, input.proposalKey);
  const projectKey = projectKeyOf(input.proposalKey);
  const actor = await requireReviewer(deps, projectKey);
  if (input.scores.length === 0) throw new GovernanceError('BAD_REQUEST', 'Name at least one criterion to score.');
  const seen = new Set<string>();
  const problems: string[] = [];
  const writes = input.scores.flatMap(({ criterionId, value }) => {
    const criterion = view.model.criteria.find((candidate) => candidate.id === criterionId);
    if (seen.has(criterionId)) problems.push(`${criterionId} is scored twice`);
    seen.add(criterionId);
    if (criterion === undefined) {
      problems.push(`the model "${view.model.name}" has no criterion ${criterionId}`);
      return [];
    }
    if (record.inputs[criterionId]?.source === 'jira') {
      problems.push(`${criterion.name} comes from the Jira field "${criterion.jiraField ?? ''}" of ${input.proposalKey}; change it there`);
      return [];
    }
    const problem = value === null ? null : checkReviewerValue(criterion, value);
    if (problem !== null) problems.push(problem);
    return [{ criterion, value }];
  });
  if (problems.length > 0) throw new GovernanceError('BAD_REQUEST', `The scores were not recorded: ${problems.join('; ')}.`);

  const scoredAt = instantOf(deps.admin.now());
  const before: Record<string, number | null> = {};
  const after: Record<string, number | null> = {};
  for (const { criterion, value } of writes) {
    before[criterion.id] = record.inputs[criterion.id]?.value ?? null;
    after[criterion.id] = value;
    if (value === null) await deps.scores.clearScore(projectKey, input.proposalKey, view.model.id, criterion.id);
    else
      await deps.scores.saveScore(projectKey, {
        proposalKey: input.proposalKey,
        modelId: view.model.id,
        criterionId: criterion.id,
        value,
        scoredBy: actor,
        scoredAt,
      });
  }
  const said = writes.map(({ criterion, value }) => `${criterion.name} ${value === null ? 'cleared' : String(value)}`).join(', ');
  await recordAudit(deps.admin, 'intake.score', input.proposalKey, `Scored ${input.proposalKey} under "${view.model.name}": ${said}`, before, after);
  return loadIntakeBoard(deps, board);
}
