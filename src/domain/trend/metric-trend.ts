import type { TrendAssessment } from './trend-assessment';
import type { TrendDirection } from './trend-direction';

/** How one figure changed between two snapshots. `delta` and `direction` are null when either value is missing. */
export interface MetricTrend {
  readonly previous: number | null;
  readonly current: number | null;
  readonly delta: number | null;
  readonly direction: TrendDirection | null;
  readonly assessment: TrendAssessment;
}
