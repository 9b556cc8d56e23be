import type { Rag } from '../rag/rag';
import type { ReportProjectInput } from './status-report-input';
import type { ReportProjectRow, ReportRag } from './status-report';

/**
 * A project's line in the report's summary table, from its stored roll-up: colours with reasons, progress (by
 * estimate where the project estimates, else by count), next milestone, CPI/SPI and compliance score.
 *
 * @example
 * toProjectRow({ current: alphaRollup, previous: null, history: [], partial: false, items: [] }).progress; // 0.4444
 */
export function toProjectRow(input: ReportProjectInput): ReportProjectRow {
  const { current } = input;
  const cell = (decision: { readonly rag: Rag; readonly reason: string; readonly setByHand?: unknown }): ReportRag =>
    decision.setByHand === undefined ? { rag: decision.rag, reason: decision.reason } : { rag: decision.rag, reason: decision.reason, setByHand: true };
  const rag = {
    schedule: cell(current.rag.schedule),
    scope: cell(current.rag.scope),
    cost: cell(current.rag.cost),
    risk: cell(current.rag.risk),
    compliance: cell(current.rag.compliance),
  };
  const byEstimate = current.progress.byEstimate;
  return {
    key: current.project.key,
    name: current.project.name,
    program: current.project.category,
    overall: cell(current.overall),
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
