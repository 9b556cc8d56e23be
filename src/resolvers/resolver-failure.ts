import type { ErrorCode } from '../contract/error-code';

/** A failure a resolver answers on purpose, with one of the contract's codes. */
export class ResolverFailure extends Error {
  override readonly name = 'ResolverFailure';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
