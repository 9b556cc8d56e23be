import type { BaselineItemKind } from './baseline-item-kind';

/** One slip past the approved baseline as a roll-up keeps it: plain data, without the changelog's who and when. */
export interface SummarizedSlip {
  readonly itemKey: string;
  readonly kind: BaselineItemKind;
  readonly approvedDue: string;
  readonly currentDue: string;
  readonly daysLate: number;
}

/**
 * A project's change control as its roll-up keeps it, computed at refresh from the stored items, the approved
 * baseline and the recorded decisions (no changelog read): what the portfolio, the schedule RAG and the compliance
 * rules need. Plain JSON; the counts sum across projects.
 */
export interface ChangeControlSummary {
  /** The current approved version, or null before any baseline was approved. */
  readonly baselineVersion: number | null;
  /** Change requests the template's change policy recognises in the project. */
  readonly changeRequests: number;
  /** Change requests with no decision yet (neither recorded in the app nor carried by a mapped workflow status). */
  readonly pending: number;
  /** Calendar days the oldest pending change request has waited since it was raised, or null when none is pending. */
  readonly oldestPendingDays: number | null;
  /** Items past the current approved version with no approved change to cover them; 0 before any baseline. */
  readonly uncontrolledSlips: number;
  /** Those slips, the latest first by days late, at most ten (the count above is the whole). */
  readonly slips: readonly SummarizedSlip[];
  /** Budget at completion beyond the approved figure, or null when not beyond (or either is unknown). */
  readonly budgetBeyond: number | null;
  /** Total estimate beyond the approved scope, or null when not beyond (or either is unknown). */
  readonly scopeBeyond: number | null;
}
