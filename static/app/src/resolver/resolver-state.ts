import type { ErrorCode } from '../../../../src/contract/error-code';

/**
 * What a surface knows about one asynchronous answer: still loading, failed with a readable message (and the
 * resolver's error code when it answered one), or ready.
 */
export type ResolverState<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string; readonly code?: ErrorCode }
  | { readonly state: 'ready'; readonly data: T };
