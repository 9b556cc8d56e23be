import { ragDimensions, type RagDimension } from '../rag/rag-dimension';
import type { ReportProjectInput } from './status-report-input';
import type { ReportProjectRow } from './status-report';

/**
 * A project's line in the report's summary table, from its stored roll-up: colours with reasons, progress (by
 * estimate where the project estimates, else by count), next milestone, CPI/SPI and compliance score.
 *
 * @example
 * toProjectRow({ current: alphaRollup, previous: null, history: [], partial: false, items: [] }).progress; // 0.4444
 */
export function toProjectRow(input: ReportProjectInput): ReportProjectRow {
  const { current } = input;
  const rag = Object.fromEntries(
    ragDimensions.map((dimension) => [dimension, { rag: current.rag[dimension].rag, reason: current.rag[dimension].reason }]),
  ) as Record<RagDimension, { rag: ReportProjectRow['overall']['rag']; reason: string }>;
  const byEstimate = current.progress.byEstimate;
  return {
    key: current.project.key,
    name: current.project.name,
    program: current.project.category,
    overall: { rag: current.overall.rag, reason: current.overall.reason },
    rag,
    progress: byEstimate.total > 0 ? byEstimate.ratio : current.progress.byCount.ratio,
    nextMilestone: current.milestones.next,
    cpi: current.earnedValue.cpi,
    spi: current.earnedValue.spi,
    compliance: current.compliance.score,
    partial: input.partial,
    history: input.history,
  };
}
