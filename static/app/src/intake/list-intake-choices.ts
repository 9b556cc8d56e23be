import type { IntakeBoardDto } from '../../../../src/contract/intake-board-dto';
import { intakeStages } from '../../../../src/domain/intake';
import type { IntakeFilterChoices } from './intake-filter-choices';
import { intakeStageLabels } from './intake-stage-labels';
import { noProgramLabel } from './no-program-label';

/**
 * The filter choices for a board: its programs and themes in the server's name order ("No program" last when a
 * proposal has none), and every stage in the order proposals pass through them.
 *
 * @example
 * listIntakeChoices(board).stages.map((choice) => choice.label); // ['Submitted', 'Screening', 'Approved', 'Deferred', 'Rejected']
 */
export function listIntakeChoices(board: Pick<IntakeBoardDto, 'programs' | 'themes' | 'withoutProgram'>): IntakeFilterChoices {
  const programs = [...board.programs, ...(board.withoutProgram ? [noProgramLabel] : [])];
  return {
    programs: programs.map((program) => ({ value: program, label: program })),
    themes: board.themes.map((theme) => ({ value: theme, label: theme })),
    stages: intakeStages.map((stage) => ({ value: stage, label: intakeStageLabels[stage] })),
  };
}
