import type { FieldMapping } from './field-mapping';
import type { PortfolioProject } from './portfolio-project';
import type { ProjectIssue } from './project-issue';

/** Which of a project's issues to read: all of them, or those updated at or after an instant (ISO 8601). */
export interface ProjectIssueQuery {
  readonly projectKey: string;
  readonly updatedSince: string | null;
}

/** The issues of some projects updated in a window: `updatedFrom` <= updated < `updatedBefore` (ISO 8601, whole minutes). */
export interface ChangedIssuesQuery {
  readonly projectKeys: readonly string[];
  readonly updatedFrom: string;
  readonly updatedBefore: string;
}

/** Issues read from Jira, as work items; `nextPageToken` is non-null when the read stopped before the last page. */
export interface ProjectIssueRead {
  readonly issues: readonly ProjectIssue[];
  /** Issues Jira returned that could not be read as work items (a malformed key, missing system fields). */
  readonly skipped: number;
  readonly pages: number;
  readonly nextPageToken: string | null;
}

/** How far to read: from a page token of an earlier read of the SAME query, and while `keepGoing()` says so. */
export interface ReadControl {
  readonly resumeToken: string | null;
  /**
   * Asked before each page after the first; false stops the read, which answers the token to resume from. It may
   * answer later (a points governor shares its spending before it answers).
   */
  readonly keepGoing: () => boolean | Promise<boolean>;
}

/** What the portfolio refresh reads from Jira, as the app (it sees every project). */
export interface PortfolioJira {
  /** The site's custom field ids for the roll-up's roles, found by name. */
  discoverFieldMapping(): Promise<FieldMapping>;
  /** Every project, with category (the default program) and lead. */
  listProjects(): Promise<readonly PortfolioProject[]>;
  /** How many projects there are (one cheap request), or null when Jira does not say. */
  countProjects(): Promise<number | null>;
  /** One project by key, or null when Jira does not know it. */
  findProject(projectKey: string): Promise<PortfolioProject | null>;
  /**
   * A query's issues in key order, page after page. Jira binds page tokens to their query, so a resumed read must
   * repeat the query exactly.
   */
  readIssues(query: ProjectIssueQuery, mapping: FieldMapping, control: ReadControl): Promise<ProjectIssueRead>;
  /**
   * The issues of several projects updated in a window, in one search, oldest update first; each issue is read with
   * its project's field mapping (the fields asked for are those of every mapping given).
   */
  readChangedIssues(query: ChangedIssuesQuery, mappings: ReadonlyMap<string, FieldMapping>, control: ReadControl): Promise<ProjectIssueRead>;
  /** The ids of every issue the project holds now (the cheapest search: ids only, 5000 a page). */
  readIssueIds(projectKey: string): Promise<ReadonlySet<string>>;
  /** Named issues with the roll-up's fields (100 a request); issues gone or hidden are simply absent. */
  readIssuesByIds(issueIds: readonly string[], mapping: FieldMapping): Promise<ProjectIssueRead>;
  /** Jira's approximate count of the project's issues. */
  countIssues(projectKey: string): Promise<number>;
  /** Jira's approximate count of the issues of several projects together (one request, one point). */
  countIssuesOf(projectKeys: readonly string[]): Promise<number>;
}
