import type { AccountId } from '../domain/ids/account-id';
import type { IssueKey } from '../domain/ids/issue-key';
import type { Instant } from '../domain/time/instant';

/** One move of an issue into a workflow status, read from its Jira changelog. */
export interface StatusMove {
  readonly issueKey: IssueKey;
  /** The status's name as the changelog wrote it when the move was made. */
  readonly to: string;
  readonly at: Instant;
  /** Who moved it, or null when Jira names no author (an automation or system change). */
  readonly by: AccountId | null;
  /** Their display name as the changelog gives it, or null. */
  readonly byName: string | null;
}
