import { z } from 'zod';
import { loadIntakeBoard } from '../app/intake/load-intake-board';
import { defineResolver } from './define-resolver';

/** getIntakeBoard: the ranked proposals of the intake projects the viewer may browse, from stored data only (no Jira search). */
export const getIntakeBoardResolver = defineResolver({
  payload: z.object({}),
  permission: 'anyone',
  run: (deps) => loadIntakeBoard(deps.intake),
});
