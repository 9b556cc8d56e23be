import type { ScoringCriterion } from '../../domain/intake/scoring-criterion';

/**
 * Why a reviewer's value does not fit a criterion: not a finite number, outside the scale, or not one of the scale's
 * steps where it has steps (reviewers pick from them; only Jira fields may hold values between).
 *
 * @returns the problem in words, or null when the value fits.
 */
export function checkReviewerValue(criterion: ScoringCriterion, value: number): string | null {
  const { min, max, steps } = criterion.scale;
  if (!Number.isFinite(value)) return `${criterion.name} must be a number`;
  if (value < min || value > max) return `${criterion.name} ${String(value)} is outside its scale ${String(min)}..${String(max)}`;
  if (steps !== undefined && !steps.includes(value)) return `${criterion.name} must be one of ${steps.join(', ')}`;
  return null;
}
