import type { ProjectKey } from '../domain/ids/project-key';
import type { RecordedIntakeDecision } from './recorded-intake-decision';

/** Where the decisions recorded in the app on a project's proposals are kept, each version written once. */
export interface ProposalDecisionStore {
  /** Every recorded decision on the project's proposals, by proposal and then by version. */
  listDecisions(projectKey: ProjectKey): Promise<readonly RecordedIntakeDecision[]>;
  /** Writes the decision's version for its proposal; `conflict` (and nothing written) when that version exists. */
  addDecision(projectKey: ProjectKey, recorded: RecordedIntakeDecision): Promise<'saved' | 'conflict'>;
}
