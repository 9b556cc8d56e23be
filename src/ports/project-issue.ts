import type { WorkItem } from '../domain/work-item/work-item';

/**
 * A work item with the Jira issue id it was read from. The id survives a move to another project and is all that the
 * cheapest search (ids only) returns, so deletions are detected by id.
 */
export interface ProjectIssue {
  readonly issueId: string;
  readonly item: WorkItem;
}
