import type { HistoryPoint } from '../trend/history-point';
import type { Rag } from '../rag/rag';
import type { RagDimension } from '../rag/rag-dimension';
import type { RiskSeverity } from '../raid/risk-severity';
import type { RollupTrend } from '../trend/rollup-trend';
import type { ReportChangeControl } from './report-change-control';
import type { ReportIntake } from './report-intake';
import type { ReportPeriod } from './report-period';

/** A red or amber dimension and why, in one sentence. */
export interface HeadlineSentence {
  readonly dimension: RagDimension;
  readonly rag: Rag;
  readonly text: string;
}

export interface ReportHeadline {
  readonly overall: Rag;
  /** E.g. "2 projects: 1 red, 1 amber." */
  readonly summary: string;
  /** One per red or amber dimension, worst first. */
  readonly sentences: readonly HeadlineSentence[];
}

/** A colour in a report with its reason; `setByHand` when a PMO admin set it over the computed one. */
export interface ReportRag {
  readonly rag: Rag;
  readonly reason: string;
  readonly setByHand?: true;
}

export interface ReportProjectRow {
  readonly key: string;
  readonly name: string;
  readonly program: string | null;
  readonly overall: ReportRag;
  readonly rag: Readonly<Record<RagDimension, ReportRag>>;
  /** Share done, by estimate where the project estimates, else by count; null with nothing to measure. */
  readonly progress: number | null;
  readonly nextMilestone: { readonly key: string; readonly summary: string; readonly due: string } | null;
  readonly cpi: number | null;
  readonly spi: number | null;
  /** Compliance score 0..1; null until a template has been evaluated. */
  readonly compliance: number | null;
  readonly partial: boolean;
  readonly history: readonly HistoryPoint[];
}

/** An issue as a report line names it. */
export interface ReportIssueRef {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
}

export interface Accomplishment extends ReportIssueRef {
  readonly resolved: string;
  readonly issueType: string;
  readonly milestone: boolean;
}

export interface SlippedDate extends ReportIssueRef {
  /** The due date when the period began (before any move in it). */
  readonly originalDue: string;
  readonly currentDue: string;
  readonly daysLater: number;
  /** How many times the date was changed in the period. */
  readonly moves: number;
  readonly milestone: boolean;
}

export interface UpcomingMilestone extends ReportIssueRef {
  readonly due: string;
  readonly daysAway: number;
  readonly statusName: string;
}

export interface RankedRaidItem extends ReportIssueRef {
  readonly kind: 'risk' | 'issue';
  readonly score: number | null;
  readonly severity: RiskSeverity | null;
  readonly statusName: string;
  readonly priority: string | null;
  readonly hasMitigation: boolean;
}

export interface LateDependency {
  readonly blocker: ReportIssueRef & { readonly due: string | null };
  readonly blocked: (ReportIssueRef & { readonly due: string | null }) | null;
  readonly reason: string;
}

export interface ComplianceException {
  readonly projectKey: string;
  readonly name: string;
  readonly rag: Rag;
  readonly score: number | null;
  readonly passed: number;
  readonly checked: number;
  readonly reason: string;
}

export interface Escalation extends ReportIssueRef {
  readonly flagged: boolean;
  readonly labelled: boolean;
  readonly statusName: string;
  readonly priority: string | null;
}

export interface ProjectTrendLine {
  readonly projectKey: string;
  readonly name: string;
  readonly trend: RollupTrend;
}

/** A status report's content, plain JSON data for every renderer. */
export interface StatusReport {
  readonly title: string;
  readonly scopeLabel: string;
  readonly period: ReportPeriod;
  /** The oldest roll-up shown: the report is no fresher than this. Null with no project. */
  readonly asOf: string | null;
  readonly headline: ReportHeadline;
  readonly projects: readonly ReportProjectRow[];
  readonly accomplishments: readonly Accomplishment[];
  readonly slipped: readonly SlippedDate[];
  readonly upcoming: readonly UpcomingMilestone[];
  readonly topRisks: readonly RankedRaidItem[];
  /** Open scored risks per cell: `heatMap[probability - 1][impact - 1]`. */
  readonly heatMap: readonly (readonly number[])[];
  readonly lateDependencies: readonly LateDependency[];
  readonly complianceExceptions: readonly ComplianceException[];
  readonly escalations: readonly Escalation[];
  readonly trends: readonly ProjectTrendLine[];
  /**
   * Change requests, decisions, uncontrolled slips and variance against the approved baselines. Absent in reports
   * frozen before the report held change control.
   */
  readonly changeControl?: ReportChangeControl;
  /**
   * Proposals decided in the period, the top-ranked waiting ones and the capacity heat map. Absent in reports frozen
   * before the report held intake, and where no intake was read.
   */
  readonly intake?: ReportIntake;
  /** Items in scope the viewer may not see: a count only, never what they are. */
  readonly hiddenCount: number;
}
