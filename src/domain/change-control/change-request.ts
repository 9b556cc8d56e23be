import type { IssueKey } from '../ids/issue-key';
import type { ProjectKey } from '../ids/project-key';
import type { Instant } from '../time/instant';
import type { ChangeImpact } from './change-impact';

/** A change request: a Jira issue recognised by the template's change policy, linked to the items it changes. */
export interface ChangeRequest {
  readonly key: IssueKey;
  readonly projectKey: ProjectKey;
  readonly summary: string;
  /** The linked milestones, gates and epics whose dates the change moves. */
  readonly itemKeys: readonly IssueKey[];
  readonly impact: ChangeImpact;
  readonly created: Instant;
}
