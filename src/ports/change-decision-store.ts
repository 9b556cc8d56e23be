import type { IssueKey } from '../domain/ids/issue-key';
import type { ProjectKey } from '../domain/ids/project-key';
import type { RecordedDecision } from './recorded-decision';

/** Where the decisions recorded in the app on a project's change requests are kept, each version written once. */
export interface ChangeDecisionStore {
  /** Every recorded decision of the project's change requests, by change and then by version. */
  listDecisions(projectKey: ProjectKey): Promise<readonly RecordedDecision[]>;
  /** Writes the decision's version for its change; `conflict` (and nothing written) when that version exists. */
  addDecision(projectKey: ProjectKey, recorded: RecordedDecision): Promise<'saved' | 'conflict'>;
  /** Takes back a version this caller has just written, when the baseline it was to make could not be written. */
  withdrawDecision(projectKey: ProjectKey, changeKey: IssueKey, version: number): Promise<void>;
}
