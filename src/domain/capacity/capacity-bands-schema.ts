import * as z from 'zod/mini';
import type { CapacityBands } from './capacity-bands';
import { capacityBandsProblem } from './capacity-bands-problem';

const share = (what: string) => z.number({ error: `${what} must be a number` });

/**
 * Validates capacity bands as an admin sets them: two numbers with 0 < amberFrom <= redAbove, checked by
 * `capacityBandsProblem`, so the heat map accepts whatever this accepts.
 */
export const capacityBandsSchema: z.ZodMiniType<CapacityBands> = z
  .strictObject({ amberFrom: share('amberFrom'), redAbove: share('redAbove') }, { error: 'bands must be an object with amberFrom and redAbove' })
  .check(
    z.superRefine((bands, context) => {
      const problem = capacityBandsProblem(bands);
      if (problem !== null)
        context.addIssue({ code: 'custom', message: problem, path: [problem.startsWith('redAbove') ? 'redAbove' : 'amberFrom'], input: bands });
    }),
  );
