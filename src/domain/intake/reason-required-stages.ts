import type { DecidedIntakeStage } from './intake-stage';

/**
 * The decided stages that need a reason: saying no, or not now, to whoever raised a proposal owes them a why. An
 * approval needs none, since the work it starts carries its own record.
 */
export const reasonRequiredStages: readonly DecidedIntakeStage[] = ['deferred', 'rejected'];
