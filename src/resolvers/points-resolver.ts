import type { z } from 'zod';
import type { PointsAdminDeps } from '../app/points/points-admin-deps';
import type { ResolverSpec } from './resolver-spec';

/** A points budget use case as a resolver: signed-in callers only, the payload checked, the caller's deps given. */
export function pointsResolver<P, T>(schema: z.ZodType<P>, run: (deps: PointsAdminDeps, payload: P) => Promise<T>): ResolverSpec<P, T> {
  return {
    payload: schema,
    permission: 'signed-in',
    refusal: 'Governance settings need a signed-in Jira user.',
    run: (deps, payload) => run(deps.pointsAdmin(), payload),
  };
}
