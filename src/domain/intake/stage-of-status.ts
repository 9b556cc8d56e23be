import type { IntakeStage } from './intake-stage';
import type { ScoringModel } from './scoring-model';

/**
 * The stage a proposal's Jira status puts it in under a model's status mapping, matched without regard to case or
 * surrounding spaces.
 *
 * @returns the stage, or null when the model maps no such status (the stage is then whatever the app recorded).
 * @example
 * stageOfStatus({ ...wsjfScoringModel, statusStages: [{ status: "Won't Do", stage: 'rejected' }] }, "won't do"); // 'rejected'
 */
export function stageOfStatus(model: Pick<ScoringModel, 'statusStages'>, status: string): IntakeStage | null {
  const wanted = status.trim().toLowerCase();
  return model.statusStages?.find((mapped) => mapped.status.trim().toLowerCase() === wanted)?.stage ?? null;
}
