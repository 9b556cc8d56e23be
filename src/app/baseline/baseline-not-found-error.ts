/** A report asked to look back to a baseline that no longer exists (or never did). */
export class BaselineNotFoundError extends Error {
  override readonly name = 'BaselineNotFoundError';

  constructor(readonly baselineId: string) {
    super('The baseline this report looks back to no longer exists; choose another period in the report’s settings.');
  }
}
