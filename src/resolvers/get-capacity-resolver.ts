import { z } from 'zod';
import { loadCapacity } from '../app/capacity/load-capacity';
import { instantOf, utcDayOf } from '../domain/time';
import { capacityReadDepsOf } from './capacity-read-deps-of';
import { defineResolver } from './define-resolver';

/** getCapacity: the program x quarter heat map from stored work items over the projects the viewer may browse. No Jira search. */
export const getCapacityResolver = defineResolver({
  payload: z.unknown(),
  permission: 'anyone',
  run: (deps) => loadCapacity(capacityReadDepsOf(deps), utcDayOf(instantOf(deps.now()))),
});
