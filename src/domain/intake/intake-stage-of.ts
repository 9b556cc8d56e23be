import type { IntakeDecision } from './intake-decision';
import type { IntakeStage } from './intake-stage';

/**
 * The stage a proposal is in: where its last decision put it, or submitted when it has none.
 *
 * @example
 * intakeStageOf([]);                                   // 'submitted'
 * intakeStageOf([toScreening, deferredInMay]);         // 'deferred'
 */
export function intakeStageOf(decisions: readonly IntakeDecision[]): IntakeStage {
  return decisions[decisions.length - 1]?.stage ?? 'submitted';
}
