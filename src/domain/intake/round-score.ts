/**
 * Rounds a score to 2 decimals, answering +0 for -0 so a stored score equals a computed one. Scores are ranked as
 * rounded, so two proposals whose breakdowns show the same score tie visibly rather than by an invisible last digit.
 *
 * @example
 * roundScore(2 / 3); // 0.67
 */
export function roundScore(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
