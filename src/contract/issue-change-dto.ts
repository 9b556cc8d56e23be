import type { ChangeOutcome } from '../domain/change-control/change-outcome';
import type { DecisionSource } from '../domain/change-control/decision-source';

/** A change request that touches the issue (the issue itself, or one linked to it) with its standing decision. */
export interface IssueChangeDto {
  readonly key: string;
  readonly summary: string;
  readonly statusName: string;
  /** The issue itself is the change request, or the change request is linked to it. */
  readonly relation: 'self' | 'linked';
  /** The standing decision: recorded in the app, carried by a mapped workflow status, or pending. */
  readonly outcome: ChangeOutcome;
  /** Where the standing decision comes from; null while pending. */
  readonly source: DecisionSource | null;
  /** When a recorded decision was taken; null for a workflow status not yet recorded, or pending. */
  readonly decidedAt: string | null;
  readonly deciderName: string | null;
  readonly reason: string | null;
}

/** Where the issue stands against its project's current approved baseline, when the baseline holds it. */
export interface IssueBaselineDto {
  readonly version: number;
  readonly approvedDue: string;
  /** The due date the issue has now, or null when it has none. */
  readonly currentDue: string | null;
  /** Calendar days the current date lies past the approved one (negative: earlier); null without a current date. */
  readonly daysBeyond: number | null;
}
