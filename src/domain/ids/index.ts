/** Public entry point of the domain's ids feature. Identifiers: branded issue, project and account keys and their parsers. */
export { compareIssueKeys } from './compare-issue-keys';
export type { IssueKey } from './issue-key';
export { parseAccountId } from './parse-account-id';
export { parseIssueKey } from './parse-issue-key';
export { parseProjectKey } from './parse-project-key';
export { projectKeyOf } from './project-key-of';
