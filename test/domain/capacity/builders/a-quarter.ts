import { parseQuarter } from '../../../../src/domain/capacity/parse-quarter';
import type { Quarter } from '../../../../src/domain/capacity/quarter';

/** A quarter from test data; a malformed one is a mistake in the test. */
export function aQuarter(text: string): Quarter {
  const quarter = parseQuarter(text);
  if (quarter === null) throw new Error(`Test data error: ${text} is not a quarter`);
  return quarter;
}
