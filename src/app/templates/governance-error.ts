/** Why a governance settings request was refused, in the resolver contract's terms. */
export type GovernanceErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'BAD_REQUEST' | 'NOT_FOUND';

/** A governance request refused on purpose: not an admin, a stale save, an invalid template, an unknown id. */
export class GovernanceError extends Error {
  override readonly name = 'GovernanceError';

  constructor(
    readonly code: GovernanceErrorCode,
    message: string,
  ) {
    super(message);
  }
}
