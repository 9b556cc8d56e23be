import type { ErrorCode } from './error-code';

/** Every resolver answers with this envelope: data on success, a closed error code and a readable message otherwise. */
export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResolverError };

export interface ResolverError {
  readonly code: ErrorCode;
  readonly message: string;
}
