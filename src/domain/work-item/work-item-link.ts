import type { IssueKey } from '../ids/issue-key';
import type { ProjectKey } from '../ids/project-key';
import type { WorkItemLinkType } from './work-item-link-type';

/** A typed link from a work item to another issue, which may live in another project. */
export interface WorkItemLink {
  readonly type: WorkItemLinkType;
  readonly otherKey: IssueKey;
  readonly otherProjectKey: ProjectKey;
}
