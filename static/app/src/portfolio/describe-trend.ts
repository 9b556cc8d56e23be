import type { RollupTrend } from '../../../../src/domain/trend';
import { writtenDayLabel } from '../../../../src/domain/time';

/** A project's change since its last snapshot, as one arrow, a sentence and a number to sort by. */
export interface TrendSummary {
  readonly arrow: '↑' | '↓' | '→' | '–';
  readonly label: string;
  /** Higher is better news: 2 overall colour improved, 1 progress rose, 0 no change or unknown, -1, -2 the reverse. */
  readonly rank: number;
}

function points(delta: number): string {
  const value = Math.abs(Math.round(delta * 1000) / 10);
  return `${value} ${value === 1 ? 'point' : 'points'}`;
}

/**
 * The trend arrow for a project: a change of overall colour says most, so it decides when there is one; otherwise
 * the progress figure the project is measured by (story points where it estimates, item count where it does not).
 *
 * @example
 * describeTrend(null); // => { arrow: '–', label: 'No earlier snapshot to compare with', rank: 0 }
 */
export function describeTrend(trend: RollupTrend | null): TrendSummary {
  if (trend === null) return { arrow: '–', label: 'No earlier snapshot to compare with', rank: 0 };
  const since = `since ${writtenDayLabel(trend.previousAsOf)}`;
  const overall = trend.overall;
  if (overall.changed && overall.assessment !== 'unknown') {
    const better = overall.assessment === 'better';
    return { arrow: better ? '↑' : '↓', label: `Overall ${overall.previous} to ${overall.current} ${since}`, rank: better ? 2 : -2 };
  }
  const metric = trend.metrics.progressByEstimate.current !== null ? trend.metrics.progressByEstimate : trend.metrics.progressByCount;
  if (metric.delta === null || metric.assessment === 'unknown') return { arrow: '–', label: `Progress cannot be compared ${since}`, rank: 0 };
  if (metric.delta > 0) return { arrow: '↑', label: `Progress up ${points(metric.delta)} ${since}`, rank: 1 };
  if (metric.delta < 0) return { arrow: '↓', label: `Progress down ${points(metric.delta)} ${since}`, rank: -1 };
  return { arrow: '→', label: `No change in progress ${since}`, rank: 0 };
}
