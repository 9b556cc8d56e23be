import type { Request } from '@forge/resolver';
import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { GovernanceDeps } from '../app/governance/governance-deps';
import { GovernanceError } from '../app/governance/governance-error';
import { createGovernanceDeps } from './create-governance-deps';
import { toErrorEnvelope } from './to-error-envelope';

/**
 * Wraps a governance use case as a resolver: validates the payload with `schema`, builds the use case's dependencies
 * for the calling user, and answers an envelope (a refused request with its contract code).
 */
export function governanceResolver<P, T>(schema: z.ZodType<P>, run: (deps: GovernanceDeps, payload: P) => Promise<T>): (request: Request<unknown>) => Promise<Envelope<T>> {
  return async (request) => {
    try {
      const deps = createGovernanceDeps(request.context, () => new Date());
      const payload = schema.parse(request.payload ?? {});
      return { ok: true, data: await run(deps, payload) };
    } catch (error) {
      if (error instanceof GovernanceError) return { ok: false, error: { code: error.code, message: error.message } };
      return toErrorEnvelope(error);
    }
  };
}
