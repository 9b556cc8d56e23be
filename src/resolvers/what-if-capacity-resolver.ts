import { z } from 'zod';
import { whatIfCapacity } from '../app/capacity/what-if-capacity';
import { instantOf, utcDayOf } from '../domain/time';
import { capacityProposalsSchema } from './capacity-proposals-schema';
import { capacityReadDepsOf } from './capacity-read-deps-of';
import { defineResolver } from './define-resolver';

/** whatIfCapacity: the viewer's heat map before and after the ticked proposals, and which quarters they push over. No Jira search. */
export const whatIfCapacityResolver = defineResolver({
  payload: z.object({ proposals: capacityProposalsSchema, selectedIds: z.array(z.string().max(255)).max(5000) }),
  permission: 'anyone',
  run: (deps, payload) => whatIfCapacity(capacityReadDepsOf(deps), utcDayOf(instantOf(deps.now())), payload),
});
