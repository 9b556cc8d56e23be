import type { IntakeStage } from '../../../../src/domain/intake';

/** Each intake stage in the words the board, its filter, its lozenges and its export show. */
export const intakeStageLabels: Readonly<Record<IntakeStage, string>> = {
  submitted: 'Submitted',
  screening: 'Screening',
  approved: 'Approved',
  deferred: 'Deferred',
  rejected: 'Rejected',
};
