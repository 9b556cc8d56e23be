import * as z from 'zod/mini';
import type { ProgramCapacity } from './program-capacity';
import { programCapacitySchema } from './program-capacity-schema';

/**
 * Validates the capacities of every program, as the admin page saves them: each one as `programCapacitySchema` says,
 * at most 500 programs, and each program once (two capacities for one program would leave the heat map to guess).
 */
export const programCapacitiesSchema: z.ZodMiniType<readonly ProgramCapacity[]> = z.array(programCapacitySchema, { error: 'capacities must be a list' }).check(
  z.maxLength(500, 'at most 500 programs can have a capacity'),
  z.superRefine((capacities, context) => {
    const seen = new Set<string>();
    capacities.forEach((capacity, index) => {
      if (seen.has(capacity.program)) {
        context.addIssue({ code: 'custom', message: `${capacity.program} has a capacity twice`, path: [index, 'program'], input: capacity.program });
      }
      seen.add(capacity.program);
    });
  }),
);
