import { z } from 'zod';
import { saveCapacity } from '../app/capacity/save-capacity';
import { defineResolver } from './define-resolver';

/** saveCapacity: Jira administrators set every program's capacity per quarter and the bands; CONFLICT on a stale version; audited. */
export const saveCapacityResolver = defineResolver({
  // The capacities and bands are checked by the domain's schemas in the use case, which names every problem's path.
  payload: z.object({ capacities: z.unknown(), bands: z.unknown().optional(), expectedVersion: z.int().min(0) }),
  permission: 'signed-in',
  refusal: 'Setting capacities needs a signed-in Jira administrator.',
  run: (deps, payload) =>
    saveCapacity(
      { admin: deps.templateAdmin(), capacities: deps.capacities },
      { capacities: payload.capacities, expectedVersion: payload.expectedVersion, ...(payload.bands === undefined ? {} : { bands: payload.bands }) },
    ),
});
