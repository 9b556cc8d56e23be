import type { IntakeBoardPageDto } from './intake-board-page-dto';
import type { DecisionSource } from '../domain/change-control/decision-source';
import type { IntakeStage } from '../domain/intake/intake-stage';
import type { ScorePart } from '../domain/intake/proposal-score';
import type { ScoringModel } from '../domain/intake/scoring-model';
import type { ApprovalCheckDto } from './approval-check-dto';
import type { IntakeSettingsDto } from './intake-settings-dto';
import type { ProposalCapacityPlanDto } from './proposal-capacity-plan-dto';
import type { ProposalDeliveryDto } from './proposal-delivery-dto';

/** The decision that put a proposal in its stage: who, when, why, and whether the app or the Jira workflow recorded it. */
export interface IntakeDecisionDto {
  readonly stage: IntakeStage;
  /** When it was decided; for a workflow decision, the issue's resolution (or last update) as stored. */
  readonly decidedAt: string;
  /** The decider's account id; null for a workflow decision (the board reads no changelog). */
  readonly decidedBy: string | null;
  readonly deciderName: string | null;
  readonly reason: string | null;
  readonly source: DecisionSource;
  /** True when an approval was confirmed over a program quarter it overloads. */
  readonly overloadConfirmed: boolean;
}

/** One proposal on the intake board, in board order. */
export interface IntakeProposalDto {
  /** 1 for the best score; equal scores share a rank (1, 2, 2, 4); null when unscored. */
  readonly rank: number | null;
  /** Another proposal has the same score: its place among them comes from the tie rule (earlier submitted, then key). */
  readonly tied: boolean;
  readonly key: string;
  readonly summary: string;
  readonly issueType: string;
  readonly statusName: string;
  readonly projectKey: string;
  readonly projectName: string;
  /** The program it would land in: its Program field's value, else its project's program; null when neither names one. */
  readonly program: string | null;
  /** The Strategic Theme field's value; null when the issue has none. */
  readonly theme: string | null;
  /** When the issue was created, as an ISO 8601 UTC instant. */
  readonly submittedAt: string;
  readonly stage: IntakeStage;
  /** The decision the stage comes from; null while submitted with no decision. */
  readonly decision: IntakeDecisionDto | null;
  /** How many decisions the app has recorded on it: what the next decision names as `expectedVersion`. */
  readonly decisionVersion: number;
  /** True when the model's status mapping decides its stage from the Jira workflow, so the app records no decision on it. */
  readonly decidedByWorkflow: boolean;
  readonly score: number | null;
  /** The score written out, e.g. `WSJF 6.5 = (8 + 5 + 0) / 2`, or why there is none. */
  readonly breakdown: string;
  /** Every criterion of the model with its value and where it came from (`jira` or `reviewer`), or null when missing. */
  readonly parts: readonly ScorePart[];
  /** The names of the criteria with no value, in the model's order. */
  readonly missing: readonly string[];
  /** Why it has no score; null when it has one. */
  readonly unscoredBecause: string | null;
  /** Whether the viewer may score and decide it (a Jira administrator, or an administrator of its project). */
  readonly canDecide: boolean;
  /**
   * What approving it would do to its program's capacity; null unless it is open (submitted or screening), decided in
   * the app, and the viewer may decide it. An approval that takes a quarter `over` needs `overloadConfirmed`.
   */
  readonly approvalCheck: ApprovalCheckDto | null;
  /** What its issue says it would ask of its program (estimate, unit, first quarter), for a what-if; null unless open. */
  readonly capacityPlan: ProposalCapacityPlanDto | null;
  /** The project or epic that delivers it, linked once approved; null when none is linked. */
  readonly delivery: ProposalDeliveryDto | null;
  /** How many delivery links (and unlinks) the app has recorded on it: what the next one names as `expectedVersion`. */
  readonly deliveryVersion: number;
}

/**
 * The intake board: the proposals of the intake projects the viewer may browse, scored by the chosen model and
 * ranked, read from stored data only (no Jira search). Filters by program and theme are over `programs` and `themes`.
 */
export interface IntakeBoardDto {
  readonly model: ScoringModel;
  /** The settings, naming only intake projects the viewer may browse. */
  readonly settings: IntakeSettingsDto;
  /** Whether the viewer may change the settings and scoring models (Jira administrators). */
  readonly canConfigure: boolean;
  readonly proposals: readonly IntakeProposalDto[];
  /** The programs of the proposals the viewer may see (not only this page), in name order; "No program" proposals have program null. */
  readonly programs: readonly string[];
  /** Whether any proposal the viewer may see is in no program (the filter then offers "No program"). */
  readonly withoutProgram: boolean;
  /** The themes of the proposals the viewer may see, in name order. */
  readonly themes: readonly string[];
  /** Which page of the ranked board `proposals` holds, and how many match and exist. */
  readonly page: IntakeBoardPageDto;
  /** Intake projects the viewer may browse that have no stored items yet (not refreshed). */
  readonly notRefreshed: readonly string[];
}
