import type { ApprovedBaseline } from './approved-baseline';
import type { ChangeDecision } from './change-decision';

/** What the app keeps of a project's change control: its current approved version and the decisions recorded in the app. */
export interface ChangeControlRecords {
  /** The current approved version, or null before any baseline was approved. */
  readonly current: ApprovedBaseline | null;
  /** Decisions recorded on the project's change requests; the latest per change stands (`latestDecisionOf`). */
  readonly decisions: readonly ChangeDecision[];
}
