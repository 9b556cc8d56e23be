import type { z } from 'zod';
import type { TemplateAdminDeps } from '../app/templates/template-admin-deps';
import type { ResolverSpec } from './resolver-spec';

/**
 * A settings use case (templates and assignments, baselines, colour overrides) as a resolver: signed-in callers only,
 * the payload checked by `schema`, the use case run with the caller's settings deps (a refusal answers with its
 * contract code).
 */
export function templateAdminResolver<P, T>(schema: z.ZodType<P>, run: (deps: TemplateAdminDeps, payload: P) => Promise<T>): ResolverSpec<P, T> {
  return {
    payload: schema,
    permission: 'signed-in',
    refusal: 'Governance settings need a signed-in Jira user.',
    run: (deps, payload) => run(deps.templateAdmin(), payload),
  };
}
