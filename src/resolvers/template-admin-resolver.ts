import type { z } from 'zod';
import type { GovernanceDeps } from '../app/governance/governance-deps';
import type { ResolverSpec } from './resolver-spec';

/**
 * A governance use case as a resolver: signed-in callers only, the payload checked by `schema`, the use case run with
 * the caller's governance deps (a refusal answers with its contract code).
 */
export function governanceResolver<P, T>(schema: z.ZodType<P>, run: (deps: GovernanceDeps, payload: P) => Promise<T>): ResolverSpec<P, T> {
  return { payload: schema, permission: 'signed-in', refusal: 'Governance settings need a signed-in Jira user.', run: (deps, payload) => run(deps.governance(), payload) };
}
