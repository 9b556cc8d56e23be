/**
 * A readable message for a call that threw (the bridge rejects when the function cannot be reached or times out).
 *
 * @example
 * describeFailure(new Error('Timed out')); // => 'Timed out'
 * describeFailure(42); // => 'Something went wrong while talking to the app.'
 */
export function describeFailure(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong while talking to the app.';
}
