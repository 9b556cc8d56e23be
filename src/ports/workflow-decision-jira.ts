import type { ChangeRequest } from '../domain/change-control/change-request';
import type { WorkItem } from '../domain/work-item/work-item';
import type { StatusMove } from './status-move';

/** What recording the workflow's decisions reads from Jira, as the app (a background job has no user). */
export interface WorkflowDecisionJira {
  /** Every status move of the given issues (Jira id to key) from their changelogs, with who moved them: one bulk request per 1,000. */
  statusMoves(issues: ReadonlyMap<string, string>): Promise<readonly StatusMove[]>;
  /** The given change requests with their impact read from the impact fields found by name: two requests per 100 at most. */
  changeRequests(items: readonly WorkItem[]): Promise<readonly ChangeRequest[]>;
  /** Requests sent so far, retries included. */
  requestCount(): number;
}
