import type { IntakeStage, ScoringModelKind } from '../../../../src/domain/intake';

/** One criterion as the editor holds it: numbers stay text until checked, so a half-typed value is not lost. */
export interface CriterionDraft {
  readonly id: string;
  readonly name: string;
  /** A WSJF or value/effort role; empty for a weighted criterion. */
  readonly role: string;
  /** Weighted criteria only. */
  readonly weight: string;
  readonly inverted: boolean;
  readonly min: string;
  readonly max: string;
  /** Comma-separated values a reviewer picks from; empty for any value in the scale. */
  readonly steps: string;
  /** The Jira field's name; empty when only reviewers score it. */
  readonly jiraField: string;
}

/** A workflow status mapped to the stage it puts a proposal in. */
export interface StatusStageDraft {
  readonly status: string;
  readonly stage: IntakeStage;
}

/** A scoring model as the editor holds it, of one kind; the version is the one the edit started from. */
export interface ScoringModelDraft {
  readonly id: string;
  readonly name: string;
  readonly kind: ScoringModelKind;
  readonly criteria: readonly CriterionDraft[];
  readonly statusStages: readonly StatusStageDraft[];
}
