import { z } from 'zod';
import { takeBaselineUseCase } from '../app/baseline/take-baseline-use-case';
import { MAX_BASELINE_NAME_LENGTH } from '../domain/baseline/tidy-baseline-name';
import { templateAdminResolver } from './template-admin-resolver';

/** takeBaseline: keeps the current roll-ups, or an earlier day's snapshots, under a unique name (admins only). */
export const takeBaselineResolver = templateAdminResolver(
  z.object({
    // Generous here; the domain trims and then holds the name to its limit with a sentence that says so.
    name: z.string().max(MAX_BASELINE_NAME_LENGTH * 4),
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'day must be yyyy-mm-dd')
      .optional(),
  }),
  takeBaselineUseCase,
);
