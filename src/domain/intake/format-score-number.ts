import { roundScore } from './round-score';

/**
 * Writes a number as breakdowns show it: at most 2 decimals, no trailing zeros.
 *
 * @example
 * formatScoreNumber(6.5);   // '6.5'
 * formatScoreNumber(2 / 3); // '0.67'
 */
export function formatScoreNumber(value: number): string {
  return String(roundScore(value));
}
