import type { DecisionSource } from '../change-control/decision-source';
import type { BaselineItemKind } from '../change-control/baseline-item-kind';
import type { DecidedOutcome } from '../change-control/decided-outcome';

/** One project's change requests in a report: what was decided in the period, what waits, and its uncontrolled slips. */
export interface ProjectChangeLine {
  readonly projectKey: string;
  readonly name: string;
  /** The current approved baseline version, or null before any was approved. */
  readonly baselineVersion: number | null;
  /** Change requests decided in the period, by their last decision in it. */
  readonly decided: Readonly<Record<DecidedOutcome, number>>;
  /** Calendar days the approved changes of the period move dates by, summed over their impacts (0 when none). */
  readonly approvedDays: number;
  /** What the approved changes of the period add to the budget, summed over their impacts (0 when none). */
  readonly approvedCost: number;
  readonly pending: number;
  /** Calendar days the oldest pending change has waited, or null when none waits. */
  readonly oldestPendingDays: number | null;
  /** Uncontrolled slips as the project's last refresh counted them; null when that refresh did not compute them yet. */
  readonly uncontrolledSlips: number | null;
}

/** A change request decided in the period, by its last decision in it, with the impact it was decided on. */
export interface ReportChangeDecision {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly outcome: DecidedOutcome;
  readonly decidedAt: string;
  /** Who decided: the decider's name where known, else their account id; null for a decision read from the workflow. */
  readonly decidedBy: string | null;
  readonly source: DecisionSource;
  readonly reason: string | null;
  /** Null where the decision holds no figure (a decision read from the workflow). */
  readonly days: number | null;
  readonly cost: number | null;
}

/** A change request still waiting for a decision. */
export interface ReportPendingChange {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly since: string;
  readonly ageDays: number;
}

/** A decision made in the period: a change request decided, or a RAID decision resolved. */
export interface ReportDecision {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly kind: 'change' | 'raid';
  /** E.g. "Change approved (+14 days, +20,000 budget)" or "Decision: Done". */
  readonly what: string;
  /** Who: the decider for a change, the assignee for a RAID decision; null when unknown. */
  readonly by: string | null;
  readonly at: string;
}

/** One uncontrolled slip as a project's roll-up keeps it. */
export interface ReportUncontrolledSlip {
  readonly projectKey: string;
  readonly itemKey: string;
  readonly summary: string | null;
  readonly kind: BaselineItemKind;
  readonly approvedDue: string;
  readonly currentDue: string;
  readonly daysLate: number;
}

/**
 * One baselined item's due date against the original approved baseline (v1) and the current one; days are calendar
 * days later (negative: earlier), null where either date is missing.
 */
export interface ReportDateVariance {
  readonly projectKey: string;
  readonly itemKey: string;
  readonly summary: string | null;
  readonly originalDue: string | null;
  readonly approvedDue: string | null;
  readonly currentDue: string | null;
  readonly daysVsOriginal: number | null;
  readonly daysVsApproved: number | null;
}

/** A project's budget at completion now against v1 and the current approved version; differences null where unknown. */
export interface ReportBudgetVariance {
  readonly projectKey: string;
  readonly name: string;
  readonly currentVersion: number;
  readonly original: number | null;
  readonly approved: number | null;
  readonly current: number | null;
  readonly vsOriginal: number | null;
  readonly vsApproved: number | null;
}

/** A report's change control: per project and in total, plain JSON. */
export interface ReportChangeControl {
  /** One per reported project, in key order. */
  readonly projects: readonly ProjectChangeLine[];
  /** The sums over `projects`; `uncontrolledSlips` counts only projects whose slips were computed. */
  readonly total: Omit<ProjectChangeLine, 'projectKey' | 'name' | 'baselineVersion'>;
  /** Keys of projects whose roll-up has no uncontrolled slips computed yet (never read as zero). */
  readonly slipsNotComputed: readonly string[];
  /** Latest first. */
  readonly changes: readonly ReportChangeDecision[];
  /** Oldest first. */
  readonly pending: readonly ReportPendingChange[];
  /** Latest first. */
  readonly decisions: readonly ReportDecision[];
  /** Per project in key order, then as the roll-up lists them (at most ten a project). */
  readonly uncontrolled: readonly ReportUncontrolledSlip[];
  readonly dateVariance: readonly ReportDateVariance[];
  readonly budgetVariance: readonly ReportBudgetVariance[];
  /** Keys of reported projects with no approved baseline, so no variance. */
  readonly unbaselined: readonly string[];
}
