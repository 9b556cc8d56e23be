/**
 * Orders program names as the portfolio does: case-blind by name, then by exact spelling, so the same names always
 * come out in the same order. Internal to the capacity feature.
 *
 * @example
 * ['digital', 'Core'].sort(comparePrograms); // ['Core', 'digital']
 */
export function comparePrograms(a: string, b: string): number {
  const folded = a.localeCompare(b, 'en', { sensitivity: 'base' });
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0;
}
