import type { ScoringInputs } from '../../domain/intake/criterion-input';
import type { IntakeStage } from '../../domain/intake/intake-stage';
import type { Instant } from '../../domain/time/instant';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { RecordedIntakeDecision } from '../../ports/recorded-intake-decision';
import type { BrowsableProject } from '../../ports/viewer-directory';

/** A proposal as the intake use cases read it from storage: its issue, project, criterion values and decisions. */
export interface IntakeProposalRecord {
  readonly item: WorkItem;
  readonly project: BrowsableProject;
  /**
   * The program it would land in: its own Program field's value, else its project's (the program an admin assigned or
   * its Jira category); null when neither names one.
   */
  readonly program: string | null;
  /** When the issue was created. */
  readonly submittedAt: Instant;
  /** Jira's values first, reviewers' where Jira has none. */
  readonly inputs: ScoringInputs;
  /** The decisions recorded in the app, oldest first. */
  readonly decisions: readonly RecordedIntakeDecision[];
  /** The stage the model's status mapping gives its Jira status; null when the status is not mapped. */
  readonly workflowStage: IntakeStage | null;
}
