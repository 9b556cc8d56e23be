import type { IntakeDecision } from './intake-decision';
import type { IntakeRefusal } from './intake-refusal';
import type { IntakeStage } from './intake-stage';

/** What deciding a proposal gives: its new stage and history, or why the decision was refused. */
export type DecideProposalResult =
  | {
      readonly ok: true;
      readonly previous: IntakeStage;
      readonly stage: IntakeStage;
      /** The decision as recorded (its reason trimmed, an empty one null). */
      readonly decision: IntakeDecision;
      /** The history with the decision appended; the history given is not changed. */
      readonly history: readonly IntakeDecision[];
    }
  | { readonly ok: false; readonly refusal: IntakeRefusal; readonly message: string };
