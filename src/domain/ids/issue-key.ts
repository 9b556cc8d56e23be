import type { Brand } from './brand';

/** A Jira issue key such as `PMO-12`: a project key, a hyphen, and the issue's number. Made only by `parseIssueKey`. */
export type IssueKey = Brand<string, 'IssueKey'>;
