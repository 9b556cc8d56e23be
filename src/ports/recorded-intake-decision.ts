import type { IntakeDecision } from '../domain/intake/intake-decision';

/** A decision on a proposal recorded in the app, with its place in the proposal's history. */
export interface RecordedIntakeDecision {
  /** 1 for the proposal's first decision, one more for each later one. */
  readonly version: number;
  readonly decision: IntakeDecision;
  /** The decider's display name when they decided (null if Jira did not say). */
  readonly deciderName: string | null;
  /** True when the decider approved knowing the proposal overloads a program's quarter, and confirmed it. */
  readonly overloadConfirmed: boolean;
}
