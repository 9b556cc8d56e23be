import type { ErrorCode } from './error-code';

/** Every resolver answers with this envelope: data on success, a closed error code and a readable message otherwise. */
export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResolverError };

export interface ResolverError {
  readonly code: ErrorCode;
  /** Plain words fit to show the reader as they are. */
  readonly message: string;
  /** With RATE_LIMITED, when Jira said it would answer again: whole seconds from the answer (left out when unknown). */
  readonly retryAfterSeconds?: number;
}
