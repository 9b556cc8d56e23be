import type { DecidedOutcome } from './decided-outcome';

/** A Jira workflow status that carries a decision: a change request in it is decided so by the workflow. */
export interface StatusDecision {
  /** The status's name, matched without regard to case. */
  readonly status: string;
  readonly outcome: DecidedOutcome;
}

/**
 * How a template's projects run change control: which issues are change requests (by issue type name or label,
 * matched without regard to case, as RAID items are recognised) and which workflow statuses record a decision.
 */
export interface ChangePolicy {
  readonly issueTypes: readonly string[];
  readonly labels: readonly string[];
  /** Statuses whose change requests the workflow has decided; an empty list leaves every decision to the app. */
  readonly statusDecisions: readonly StatusDecision[];
}
