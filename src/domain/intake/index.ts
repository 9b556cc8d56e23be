/**
 * Public entry point of the domain's intake feature: proposals scored by the PMO's model (weighted, WSJF or
 * value/effort, each score with its breakdown and never a missing value taken as zero), ranked by a fixed tie rule,
 * and decided through Submitted -> Screening -> Approved / Deferred / Rejected. The zod schemas
 * (`scoring-model-schema`, `scoring-model-export-schema`) are imported by path on the server only, as the template
 * feature's are, so the browser bundle never carries them.
 */
export { builtInScoringModels } from './built-in-scoring-models';
export type { CriterionInput, ScoringInputs } from './criterion-input';
export type { CriterionScale } from './criterion-scale';
export { criterionSources } from './criterion-source';
export type { CriterionSource } from './criterion-source';
export { decideProposal } from './decide-proposal';
export type { DecideProposalResult } from './decide-proposal-result';
export { formatScoreNumber } from './format-score-number';
export type { IntakeDecision } from './intake-decision';
export { intakeRefusals } from './intake-refusal';
export type { IntakeRefusal } from './intake-refusal';
export { decidedIntakeStages, intakeStages, openIntakeStages } from './intake-stage';
export type { DecidedIntakeStage, IntakeStage } from './intake-stage';
export { intakeStageOf } from './intake-stage-of';
export type { ProposalHistory } from './proposal-history';
export type { ProposalScore, ScorePart } from './proposal-score';
export { rankProposals } from './rank-proposals';
export type { RankableProposal } from './rankable-proposal';
export type { RankedProposal } from './ranked-proposal';
export { reasonRequiredStages } from './reason-required-stages';
export type { RoledCriterion, ScoringCriterion, WeightedCriterion } from './scoring-criterion';
export { scoreProposal } from './score-proposal';
export type { ScoringModel, ValueEffortScoringModel, WeightedScoringModel, WsjfScoringModel } from './scoring-model';
export { scoringModelKinds } from './scoring-model-kind';
export type { ScoringModelKind } from './scoring-model-kind';
export { stageOfStatus } from './stage-of-status';
export type { StatusStage } from './status-stage';
export { valueEffortRoles } from './value-effort-role';
export type { ValueEffortRole } from './value-effort-role';
export { valueEffortScoringModel } from './value-effort-scoring-model';
export { weightedScoringModel } from './weighted-scoring-model';
export { wsjfRoles } from './wsjf-role';
export type { WsjfRole } from './wsjf-role';
export { wsjfScoringModel } from './wsjf-scoring-model';
