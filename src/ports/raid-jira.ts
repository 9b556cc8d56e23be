import type { WorkItem } from '../domain/work-item/work-item';
import type { FieldMapping } from './field-mapping';

/** A work item with its Jira issue id and its assignee's display name, which the RAID log shows as the owner. */
export interface OwnedWorkItem {
  /** What an id-only search (a JQL rule's) answers, so the RAID views can match rules to items as the refresh does. */
  readonly issueId: string;
  readonly item: WorkItem;
  readonly ownerName: string | null;
}

/** One page of a search: the items and whether Jira said it was the last. */
export interface OwnedWorkItemPage {
  readonly items: readonly OwnedWorkItem[];
  readonly complete: boolean;
}

/** What the Governance panel and the project page read from Jira, always as the viewing user. */
export interface RaidJira {
  /** The site's custom field ids by role, found by name (one request). */
  discoverFieldMapping(): Promise<FieldMapping>;
  /** One issue with the fields the RAID views need (one request); Jira's 404 when the viewer may not see it. */
  readIssue(issueKey: string, mapping: FieldMapping): Promise<OwnedWorkItem>;
  /** The first page of a search (one request), up to `maxResults` issues. */
  searchPage(jql: string, mapping: FieldMapping, maxResults: number): Promise<OwnedWorkItemPage>;
  /** Every issue a search finds, page after page. */
  searchAll(jql: string, mapping: FieldMapping): Promise<readonly OwnedWorkItem[]>;
  /** Issues by key (up to 100 a request); keys that do not exist or are hidden from the viewer are left out. */
  readIssues(issueKeys: readonly string[], mapping: FieldMapping): Promise<readonly OwnedWorkItem[]>;
  /** A project the viewer may browse, or null when they may not (or it does not exist). */
  findProject(projectKey: string): Promise<{ readonly key: string; readonly name: string } | null>;
  /** Requests sent so far, retries included. */
  requestCount(): number;
}
