import type { Instant } from '../../../../src/domain/time/instant';
import { parseInstant } from '../../../../src/domain/time/parse-instant';

/** An instant for a test, failing loudly when the test itself is wrong. */
export function anInstantAt(raw: string): Instant {
  const instant = parseInstant(raw);
  if (instant === null) throw new Error(`Test data error: ${raw} is not an instant`);
  return instant;
}
