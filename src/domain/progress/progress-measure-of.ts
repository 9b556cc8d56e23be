import { clampFraction } from '../math/clamp-fraction';
import type { ProgressMeasure } from './progress-measure';

/**
 * Builds a progress measure from a done amount and a total, with the ratio kept in 0..1 and null for an empty total.
 *
 * @example
 * progressMeasureOf(3, 4); // { done: 3, total: 4, ratio: 0.75 }
 * progressMeasureOf(0, 0); // { done: 0, total: 0, ratio: null }
 */
export function progressMeasureOf(done: number, total: number): ProgressMeasure {
  return { done, total, ratio: total > 0 ? clampFraction(done / total) : null };
}
