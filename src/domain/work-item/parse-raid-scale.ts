import type { RaidScale } from './raid-scale';

function isRaidScale(value: number): value is RaidScale {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Reads a probability or impact rating. Jira sites keep these as numbers or as select options such as "3" or
 * "4 - High", so a string is read by its leading number.
 *
 * @returns the rating, or null when the value is absent or not a whole number from 1 to 5.
 * @example
 * parseRaidScale(4);          // 4
 * parseRaidScale('4 - High'); // 4
 * parseRaidScale(6);          // null
 */
export function parseRaidScale(raw: number | string | null): RaidScale | null {
  if (raw === null) {
    return null;
  }
  const value = typeof raw === 'number' ? raw : Number(/^\s*(\d+)/.exec(raw)?.[1] ?? Number.NaN);
  return isRaidScale(value) ? value : null;
}
