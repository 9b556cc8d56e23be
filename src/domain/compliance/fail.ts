import type { CheckOutcome } from './check-outcome';

/**
 * The outcome of a failed check, with what was found.
 *
 * @example
 * fail('no due date'); // { outcome: 'fail', detail: 'no due date' }
 */
export function fail(detail: string): CheckOutcome {
  return { outcome: 'fail', detail };
}
