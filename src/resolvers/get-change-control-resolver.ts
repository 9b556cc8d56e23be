import { z } from 'zod';
import { loadChangeControl } from '../app/change-control/load-change-control';
import { brandedProjectKeySchema } from './branded-project-key-schema';
import { defineResolver } from './define-resolver';

/** getChangeControl: a project's approved baseline, ledger, change requests, pending changes and uncontrolled slips, read as the user. */
export const getChangeControlResolver = defineResolver({
  payload: z.object({ projectKey: brandedProjectKeySchema }),
  permission: 'anyone',
  run: (deps, { projectKey }) => loadChangeControl(deps.changeControl, projectKey),
});
