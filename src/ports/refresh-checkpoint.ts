/**
 * Where an unfinished read of a project's issues stopped, so the next invocation continues it instead of starting
 * again. Jira binds page tokens to their query, so the query's inputs are kept with the token.
 */
export interface RefreshCheckpoint {
  readonly mode: 'full' | 'incremental';
  readonly readStartedAt: string;
  readonly updatedSince: string | null;
  readonly nextPageToken: string;
  readonly pagesRead: number;
  readonly skippedIssues: number;
}
