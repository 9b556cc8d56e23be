import { assertNever } from '../assert-never';
import type { RagDimension } from '../rag/rag-dimension';
import type { ProjectRollup } from '../rollup/project-rollup';
import { compareMetric } from './compare-metric';
import { compareRag } from './compare-rag';
import type { MetricPolarity } from './metric-polarity';
import type { MetricTrend } from './metric-trend';
import type { RagTrend } from './rag-trend';
import type { RollupTrend } from './rollup-trend';
import type { TrendMetric } from './trend-metric';

function polarityOf(metric: TrendMetric): MetricPolarity {
  switch (metric) {
    case 'progressByCount':
    case 'progressByEstimate':
    case 'spi':
    case 'cpi':
    case 'compliance':
      return 'higher-is-better';
    case 'openRisks':
    case 'overdueMilestones':
      return 'lower-is-better';
    default:
      return assertNever(metric);
  }
}

function valueOf(rollup: ProjectRollup, metric: TrendMetric): number | null {
  switch (metric) {
    case 'progressByCount':
      return rollup.progress.byCount.ratio;
    case 'progressByEstimate':
      return rollup.progress.byEstimate.ratio;
    case 'spi':
      return rollup.earnedValue.spi;
    case 'cpi':
      return rollup.earnedValue.cpi;
    case 'openRisks':
      return rollup.raid.byKind.risk.open;
    case 'compliance':
      return rollup.compliance.score;
    case 'overdueMilestones':
      return rollup.milestones.overdue;
    default:
      return assertNever(metric);
  }
}

/**
 * Compares two roll-ups of one project, an earlier snapshot and a later one: progress (by count and by estimate),
 * SPI, CPI, open risks, compliance and overdue milestones, each with its change, direction and whether that is
 * better or worse; and the change of colour per RAG dimension and overall.
 *
 * @throws RangeError when the roll-ups belong to different projects.
 * @example
 * const trend = compareRollups(lastWeek, today);
 * trend.metrics.openRisks; // { previous: 3, current: 5, delta: 2, direction: 'up', assessment: 'worse' }
 * trend.rag.cost;          // { previous: 'amber', current: 'red', changed: true, assessment: 'worse' }
 */
export function compareRollups(previous: ProjectRollup, current: ProjectRollup): RollupTrend {
  if (previous.project.key !== current.project.key) {
    throw new RangeError(`Cannot compare roll-ups of different projects: ${previous.project.key} and ${current.project.key}`);
  }
  const metric = (name: TrendMetric): MetricTrend => compareMetric(valueOf(previous, name), valueOf(current, name), polarityOf(name));
  const rag = (dimension: RagDimension): RagTrend => compareRag(previous.rag[dimension].rag, current.rag[dimension].rag);
  return {
    projectKey: current.project.key,
    previousAsOf: previous.asOf,
    currentAsOf: current.asOf,
    metrics: {
      progressByCount: metric('progressByCount'),
      progressByEstimate: metric('progressByEstimate'),
      spi: metric('spi'),
      cpi: metric('cpi'),
      openRisks: metric('openRisks'),
      compliance: metric('compliance'),
      overdueMilestones: metric('overdueMilestones'),
    },
    rag: {
      schedule: rag('schedule'),
      scope: rag('scope'),
      cost: rag('cost'),
      risk: rag('risk'),
      compliance: rag('compliance'),
    },
    overall: compareRag(previous.overall.rag, current.overall.rag),
  };
}
