import { assertNever } from '../assert-never';
import type { MetricPolarity } from './metric-polarity';
import type { MetricTrend } from './metric-trend';

/** Changes smaller than this are rounding noise in ratios and indices, not movement. */
const flatTolerance = 1e-9;

/**
 * Compares one figure between two snapshots: the change, its direction, and whether that direction is good news
 * for a figure of this polarity.
 *
 * @example
 * compareMetric(0.4, 0.55, 'higher-is-better'); // { previous: 0.4, current: 0.55, delta: 0.15..., direction: 'up', assessment: 'better' }
 * compareMetric(3, 5, 'lower-is-better');       // { ..., delta: 2, direction: 'up', assessment: 'worse' }
 * compareMetric(null, 0.9, 'higher-is-better'); // { ..., delta: null, direction: null, assessment: 'unknown' }
 */
export function compareMetric(previous: number | null, current: number | null, polarity: MetricPolarity): MetricTrend {
  if (previous === null || current === null) {
    return { previous, current, delta: null, direction: null, assessment: 'unknown' };
  }
  const raw = current - previous;
  if (Math.abs(raw) < flatTolerance) {
    return { previous, current, delta: 0, direction: 'flat', assessment: 'unchanged' };
  }
  const direction = raw > 0 ? 'up' : 'down';
  switch (polarity) {
    case 'higher-is-better':
      return { previous, current, delta: raw, direction, assessment: direction === 'up' ? 'better' : 'worse' };
    case 'lower-is-better':
      return { previous, current, delta: raw, direction, assessment: direction === 'down' ? 'better' : 'worse' };
    default:
      return assertNever(polarity);
  }
}
