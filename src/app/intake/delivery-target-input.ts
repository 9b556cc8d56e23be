import type { IssueKey } from '../../domain/ids/issue-key';
import type { ProjectKey } from '../../domain/ids/project-key';

/** What a caller names as delivering a proposal: a project by key, or an epic by issue key (its project follows). */
export type DeliveryTargetInput = { readonly kind: 'project'; readonly projectKey: ProjectKey } | { readonly kind: 'epic'; readonly issueKey: IssueKey };
