import { parseQuarter } from './parse-quarter';
import type { Quarter } from './quarter';
import type { QuarterAmounts } from './quarter-amounts';

/**
 * The quarters a set of amounts names. Object keys come back as plain strings, so each is read again rather than
 * asserted; a key that is not a quarter (which the schema never lets in) is skipped. Internal to the capacity feature.
 *
 * @example
 * quartersOf({ '2027-Q1': 50, '2027-Q2': 0 }); // ['2027-Q1', '2027-Q2']
 */
export function quartersOf(amounts: QuarterAmounts): Quarter[] {
  return Object.keys(amounts).flatMap((key) => {
    const quarter = parseQuarter(key);
    return quarter === null ? [] : [quarter];
  });
}
