import type { DueDateMove } from '../domain/change-control/due-date-move';
import type { ProjectKey } from '../domain/ids/project-key';
import type { ChangeControlRead } from './change-control-read';
import type { WorkItem } from '../domain/work-item/work-item';
import type { FieldMapping } from './field-mapping';
import type { StatusMove } from './status-move';

/** What change control reads from Jira, always as the viewing user, so Jira's permissions hold. */
export interface ChangeControlJira {
  /** The site's custom field ids by role, found by name (one request). */
  discoverFieldMapping(): Promise<FieldMapping>;
  /** A project the viewer may browse, or null when they may not (or it does not exist). */
  findProject(projectKey: ProjectKey): Promise<{ readonly key: ProjectKey; readonly name: string } | null>;
  /** Whether Jira grants the viewer ADMINISTER, or ADMINISTER_PROJECTS on the project (one request). */
  mayAdministerProject(projectKey: ProjectKey): Promise<boolean>;
  /** The project's issues and, among them, the change requests `isChange` recognises: the impact fields found by name, then one paged search. */
  readProject(projectKey: ProjectKey, mapping: FieldMapping, isChange: (item: WorkItem) => boolean): Promise<ChangeControlRead>;
  /**
   * Every due date move of the given issues (Jira id to key) from their changelogs, with who moved it, and the
   * movers' display names as Jira gives them to the viewer.
   */
  dueDateMoves(issues: ReadonlyMap<string, string>): Promise<{ readonly moves: readonly DueDateMove[]; readonly names: ReadonlyMap<string, string> }>;
  /** Every status move of the given issues (Jira id to key) from their changelogs, with who moved them. */
  statusMoves(issues: ReadonlyMap<string, string>): Promise<readonly StatusMove[]>;
  /** Requests sent so far, retries included. */
  requestCount(): number;
}
