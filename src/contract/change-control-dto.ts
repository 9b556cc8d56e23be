import type { ApprovedBaseline } from '../domain/change-control/approved-baseline';
import type { ChangeImpact } from '../domain/change-control/change-impact';
import type { ChangeOutcome } from '../domain/change-control/change-outcome';
import type { DecidedOutcome } from '../domain/change-control/decided-outcome';
import type { DecisionSource } from '../domain/change-control/decision-source';
import type { LedgerEntry } from '../domain/change-control/ledger-entry';
import type { UncontrolledChange } from '../domain/change-control/uncontrolled-change';

/** A decision on a change request as the page shows it: what, by whom (and their name when known), when and why. */
export interface ChangeDecisionDto {
  readonly changeKey: string;
  readonly outcome: ChangeOutcome;
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly deciderName: string | null;
  readonly reason: string | null;
  readonly source: DecisionSource;
  /** The decision's version for its change: what the next decision names as `expectedVersion`. */
  readonly version: number;
  /** The impact it was taken on. */
  readonly impact: ChangeImpact;
  /** The approved baseline version an approval made; null otherwise. */
  readonly baselineVersion: number | null;
}

/** One change request the viewer may see, with its standing decision. */
export interface ChangeRequestDto {
  readonly key: string;
  readonly summary: string;
  /** The issues it links to (and its parent): the items it changes. */
  readonly itemKeys: readonly string[];
  /** The impact read from Jira's impact fields (null parts where the site has no field or the issue no value). */
  readonly impact: ChangeImpact;
  readonly created: string;
  /** The standing decision, or null while none is recorded. */
  readonly decision: ChangeDecisionDto | null;
  /** The version a decision must name as `expectedVersion` now (0 before the first). */
  readonly decisionVersion: number;
  /**
   * The decision the change's Jira status carries under the template's change policy, when it stands: the status is
   * mapped to an outcome and no decision recorded after the move into it says otherwise. Such a change is decided (not
   * pending) even before the refresh records the workflow's decision in `decision`. Null when the status is mapped to
   * nothing, or a later recorded decision stands.
   */
  readonly workflowOutcome: DecidedOutcome | null;
}

/** A project's change control: its approved baseline and ledger, its change requests, and what moved without approval. */
export interface ChangeControlDto {
  readonly project: { readonly key: string; readonly name: string };
  readonly asOf: string;
  /** Whether the viewer may approve a baseline and decide changes here (Jira ADMINISTER, or ADMINISTER_PROJECTS on the project). */
  readonly canDecide: boolean;
  /** The current approved version, or null before any was approved. */
  readonly baseline: ApprovedBaseline | null;
  /** Version 1, the plan first approved, or null before any was approved. */
  readonly original: ApprovedBaseline | null;
  /** "v1 -> CR-12 (+14 days on CORE-7, +20,000 budget) -> v2", step by step. */
  readonly ledger: readonly LedgerEntry[];
  /** Every change request of the project the viewer may see, in issue-key order. */
  readonly changes: readonly ChangeRequestDto[];
  /** Change requests still waiting for a decision, oldest first, with their age in days. */
  readonly pending: readonly { readonly key: string; readonly summary: string; readonly since: string; readonly ageDays: number }[];
  /** What lies beyond the current approved version without approval; null before any baseline was approved. */
  readonly uncontrolled: UncontrolledChange | null;
  /** Display names by account id of the people the page names (deciders, movers of slipped dates), as Jira shows them to the viewer. */
  readonly people: Readonly<Record<string, string>>;
  /** Every decision recorded on the visible change requests, newest first. */
  readonly decisions: readonly ChangeDecisionDto[];
  /** Jira requests this answer cost, retries included. */
  readonly jiraRequests: number;
}

/** approveBaseline's payload: the project, and the version the caller saw as current (0 for none) so a stale approval is refused. */
export interface ApproveBaselinePayload {
  readonly projectKey: string;
  readonly expectedVersion?: number | undefined;
}

/** decideChange's payload: the change request, the outcome, why (required unless approved), the decision version seen, and an impact entered now. */
export interface DecideChangePayload {
  readonly changeKey: string;
  readonly outcome: DecidedOutcome;
  readonly reason?: string | undefined;
  readonly expectedVersion: number;
  readonly impact?: { readonly days?: number | undefined; readonly cost?: number | undefined; readonly scope?: number | undefined } | undefined;
}
