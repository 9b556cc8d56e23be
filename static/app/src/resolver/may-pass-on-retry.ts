import type { ErrorCode } from '../../../../src/contract/error-code';

/**
 * Whether asking again may succeed: Jira busy or not answering, a fault on the app's side, or a call that failed
 * without an answer (no code). A refusal (bad request, no permission, not found, a conflicting edit) answers the same
 * way again, so no "Try again" is offered for it.
 *
 * @example
 * mayPassOnRetry('RATE_LIMITED'); // => true
 * mayPassOnRetry('FORBIDDEN'); // => false
 * mayPassOnRetry(undefined); // => true
 */
export function mayPassOnRetry(code: ErrorCode | undefined): boolean {
  switch (code) {
    case undefined:
    case 'RATE_LIMITED':
    case 'UPSTREAM':
    case 'INTERNAL':
      return true;
    case 'BAD_REQUEST':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
      return false;
  }
}
