/** What went wrong talking to Jira, by HTTP status, so callers can answer precisely (FORBIDDEN, NOT_FOUND, ...). */
export type JiraErrorKind = 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found' | 'gone' | 'rate-limited' | 'server' | 'network' | 'invalid-response';

export class JiraError extends Error {
  override readonly name = 'JiraError';

  constructor(
    readonly kind: JiraErrorKind,
    readonly status: number | null,
    message: string,
    readonly jiraMessages: readonly string[] = [],
    /** For a 429: the seconds Jira's Retry-After asked to wait, counted from its answer; null when it named none. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** Maps an HTTP status that is not a success to the kind of failure it means. */
export function jiraErrorKindOf(status: number): JiraErrorKind {
  if (status === 400) return 'bad-request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 410) return 'gone';
  if (status === 429) return 'rate-limited';
  return status >= 500 ? 'server' : 'bad-request';
}
