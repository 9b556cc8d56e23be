import { intakeStages } from '../../../../src/domain/intake';

/** The stages a person may move a proposal to from the board: every stage but the one it starts in. */
export const decisionStages = intakeStages.filter((stage) => stage !== 'submitted');
