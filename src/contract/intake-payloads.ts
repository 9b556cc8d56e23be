import type { IntakeBoardQuery } from './intake-board-query';
import type { IntakeStage } from '../domain/intake/intake-stage';
import type { IntakeSettingsDto } from './intake-settings-dto';

/** saveScoringModel: the whole model (validated on the server) and the version it was edited from (0 for a new one). */
export interface SaveScoringModelPayload {
  readonly model: unknown;
  readonly expectedVersion: number;
}

/** importScoringModels: the text of a scoring model export file, validated whole before any model is written. */
export interface ImportScoringModelsPayload {
  readonly json: string;
}

/** saveIntakeSettings: the whole settings, replacing the saved ones. */
export interface SaveIntakeSettingsPayload {
  readonly settings: IntakeSettingsDto;
}

/** scoreProposal: reviewer values for criteria of the chosen model; a null value takes that criterion's score away. */
export interface ScoreProposalPayload {
  readonly proposalKey: string;
  readonly scores: readonly { readonly criterionId: string; readonly value: number | null }[];
  /** The page of the board the caller shows, which the answer holds after the write; the first 100 proposals when absent. */
  readonly board?: IntakeBoardQuery;
}

/** decideProposal: the stage to move to, why (required to defer or reject), and the decision version the caller saw. */
export interface DecideProposalPayload {
  readonly proposalKey: string;
  readonly stage: IntakeStage;
  readonly reason?: string;
  readonly expectedVersion: number;
  /** Set when the decider confirmed an approval over an overloaded program quarter. */
  readonly overloadConfirmed?: boolean;
  /** The page of the board the caller shows, which the answer holds after the write; the first 100 proposals when absent. */
  readonly board?: IntakeBoardQuery;
}
