import type { ProjectKey } from '../ids/project-key';
import type { RagDimension } from '../rag/rag-dimension';
import type { MetricTrend } from './metric-trend';
import type { RagTrend } from './rag-trend';
import type { TrendMetric } from './trend-metric';

/** How a project changed between two snapshots: its key figures and its colours. */
export interface RollupTrend {
  readonly projectKey: ProjectKey;
  readonly previousAsOf: string;
  readonly currentAsOf: string;
  readonly metrics: Readonly<Record<TrendMetric, MetricTrend>>;
  readonly rag: Readonly<Record<RagDimension, RagTrend>>;
  readonly overall: RagTrend;
}
