import type { IssueKey } from '../../domain/ids/issue-key';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { GovernanceError } from '../templates/governance-error';
import type { IntakeDeps } from './intake-deps';
import type { IntakeProposalRecord } from './intake-proposal-record';
import type { IntakeView } from './intake-view';
import { readIntakeView } from './read-intake-view';

/**
 * A proposal the caller may see, with the intake view of its project. An issue outside the intake projects, in a
 * project the caller may not browse, not stored yet, or not a proposal, is NOT_FOUND, all in the same words, so the
 * answer never says whether a hidden one exists.
 */
export async function findProposal(deps: IntakeDeps, proposalKey: IssueKey): Promise<{ view: IntakeView; record: IntakeProposalRecord }> {
  const view = await readIntakeView(deps, projectKeyOf(proposalKey));
  const record = view.proposals.find((candidate) => candidate.item.key === proposalKey);
  if (record === undefined) throw new GovernanceError('NOT_FOUND', `There is no proposal ${proposalKey} that you may see.`);
  return { view, record };
}
