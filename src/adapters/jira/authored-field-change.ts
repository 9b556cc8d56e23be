import type { IssueKey } from '../../domain/ids/issue-key';

/** One changelog item of one field: the issue, when, the item as Jira wrote it, and its author where Jira names one. */
export interface AuthoredFieldChange {
  readonly key: IssueKey;
  /** The history's `created`, as Jira wrote it. */
  readonly at: string;
  /** The change item (`field`, `fieldId`, `from`, `fromString`, `to`, `toString`), read as a plain record. */
  readonly item: Readonly<Record<string, unknown>>;
  readonly by?: string;
  readonly byName?: string;
}
