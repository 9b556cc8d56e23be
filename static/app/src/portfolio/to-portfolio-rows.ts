import type { DeliveredProposalDto } from '../../../../src/contract/delivered-proposal-dto';
import type { PortfolioDto, PortfolioProjectDto } from '../../../../src/contract/portfolio-dto';
import type { ChangeControlSummary } from '../../../../src/domain/change-control';
import type { Rag } from '../../../../src/domain/rag';
import type { RagDimension } from '../../../../src/domain/rag';
import type { NextMilestone } from '../../../../src/domain/schedule';
import type { HistoryPoint } from '../../../../src/domain/trend';
import { describeTrend, type TrendSummary } from './describe-trend';
import { progressOf } from './progress-of';

/** A colour and the reason for it; `setByHand` when a PMO admin set it over the computed one. */
export interface RagCell {
  readonly rag: Rag;
  readonly reason: string;
  readonly setByHand: boolean;
}

/** One project as the portfolio table, its filters and its CSV export show it: plain values, no markup. */
export interface PortfolioRow {
  readonly program: string;
  readonly key: string;
  readonly name: string;
  /** The project lead's account id, null when the project has none. */
  readonly leadId: string | null;
  /** The lead's name; null when there is no lead or Jira does not give the name. */
  readonly leadName: string | null;
  readonly overall: RagCell;
  readonly rag: Readonly<Record<RagDimension, RagCell>>;
  /** Share done, by story points where the project estimates, else by item count; null with no work items. */
  readonly progress: number | null;
  readonly nextMilestone: NextMilestone | null;
  readonly overdueMilestones: number;
  readonly openCriticalRisks: number;
  readonly openHighRisks: number;
  /** Compliance score 0..1; null until a governance template has been evaluated. */
  readonly complianceScore: number | null;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly trend: TrendSummary;
  readonly partial: boolean;
  readonly stale: boolean;
  readonly history: readonly HistoryPoint[];
  /** Change control as the last refresh computed it; null when not computed yet (never read as zero). */
  readonly changeControl: ChangeControlSummary | null;
  /** The approved proposals it delivers, directly or through one of its epics. */
  readonly fromIntake: readonly DeliveredProposalDto[];
}

function toRow(program: string, project: PortfolioProjectDto): PortfolioRow {
  const { rollup } = project;
  const cell = (decision: { readonly rag: Rag; readonly reason: string; readonly setByHand?: unknown }): RagCell => ({
    rag: decision.rag,
    reason: decision.reason,
    setByHand: decision.setByHand !== undefined,
  });
  const pick = (dimension: RagDimension): RagCell => cell(rollup.rag[dimension]);
  return {
    program,
    key: rollup.project.key,
    name: rollup.project.name,
    leadId: project.lead?.accountId ?? null,
    leadName: project.lead?.displayName ?? null,
    overall: cell(rollup.overall),
    rag: { schedule: pick('schedule'), scope: pick('scope'), cost: pick('cost'), risk: pick('risk'), compliance: pick('compliance') },
    progress: progressOf(rollup.progress),
    nextMilestone: rollup.milestones.next,
    overdueMilestones: rollup.milestones.overdue,
    openCriticalRisks: rollup.raid.openRisksBySeverity.critical,
    openHighRisks: rollup.raid.openRisksBySeverity.high,
    complianceScore: rollup.compliance.status === 'evaluated' ? rollup.compliance.score : null,
    cpi: rollup.earnedValue.cpi,
    spi: rollup.earnedValue.spi,
    trend: describeTrend(project.trend),
    partial: project.partial,
    stale: project.stale,
    history: project.history,
    changeControl: project.changeControl,
    fromIntake: project.fromIntake,
  };
}

/**
 * Every refreshed project of the portfolio as a row, program by program in the order the app gives them.
 *
 * @example
 * toPortfolioRows(portfolio).map((row) => `${row.program}/${row.key}`); // => ['Core Platforms/CORE', ...]
 */
export function toPortfolioRows(portfolio: PortfolioDto): PortfolioRow[] {
  return portfolio.programs.flatMap((program) => program.projects.map((project) => toRow(program.name, project)));
}
