import { z } from 'zod';
import { deleteBaselineUseCase } from '../app/baseline/delete-baseline-use-case';
import { baselineIdPattern } from '../domain/baseline/baseline-id';
import { templateAdminResolver } from './template-admin-resolver';

/** deleteBaseline: removes a baseline and frees its name (admins only). */
export const deleteBaselineResolver = templateAdminResolver(
  z.object({ id: z.string().regex(baselineIdPattern, 'must be a baseline id') }),
  deleteBaselineUseCase,
);
