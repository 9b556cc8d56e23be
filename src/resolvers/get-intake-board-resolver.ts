import { loadIntakeBoard } from '../app/intake/load-intake-board';
import { defineResolver } from './define-resolver';
import { intakeBoardQuerySchema } from './intake-board-query-schema';

/** getIntakeBoard: one page of the ranked proposals of the intake projects the viewer may browse, from stored data only (no Jira search). */
export const getIntakeBoardResolver = defineResolver({
  payload: intakeBoardQuerySchema,
  permission: 'anyone',
  run: (deps, query) => loadIntakeBoard(deps.intake, query),
});
