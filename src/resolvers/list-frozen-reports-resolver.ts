import { z } from 'zod';
import { listFrozenReports } from '../app/list-frozen-reports';
import { defineResolver } from './define-resolver';

/** listFrozenReports: the frozen copies of this macro's report that the caller may open, newest first. */
export const listFrozenReportsResolver = defineResolver({
  payload: z.unknown(),
  permission: 'anyone',
  run: async (deps) => ({ reports: await listFrozenReports({ viewer: deps.viewer, frozen: deps.frozen }, deps.macroId) }),
});
