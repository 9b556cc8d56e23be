import type { IssueKey } from '../domain/ids/issue-key';
import type { ProjectKey } from '../domain/ids/project-key';

/**
 * What delivers an approved proposal: a project, or an epic in a project. An epic's summary is kept as it read when
 * linked, so the board names it without reading the project's items.
 */
export type DeliveryTarget =
  | { readonly kind: 'project'; readonly projectKey: ProjectKey }
  | { readonly kind: 'epic'; readonly projectKey: ProjectKey; readonly issueKey: IssueKey; readonly summary: string };
