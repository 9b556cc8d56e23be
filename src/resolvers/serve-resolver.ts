import type { Request } from '@forge/resolver';
import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { ResolverDeps } from './resolver-deps';
import { ResolverFailure } from './resolver-failure';
import type { ResolverSpec } from './resolver-spec';
import { toErrorEnvelope } from './to-error-envelope';

const signedInSchema = z.object({ accountId: z.string().min(1) });

/**
 * Runs a resolver as Forge calls it: checks the permission, parses the payload, builds the invocation's deps with
 * `depsFor` and runs the use case; whatever it throws becomes the contract's error envelope.
 */
export function serveResolver<P, T>(
  spec: ResolverSpec<P, T>,
  depsFor: (context: unknown) => ResolverDeps,
): (request: Request<unknown>) => Promise<Envelope<T>> {
  return async (request) => {
    try {
      if (spec.permission === 'signed-in' && !signedInSchema.safeParse(request.context).success) {
        throw new ResolverFailure('FORBIDDEN', spec.refusal ?? 'This needs a signed-in Jira user.');
      }
      const payload = spec.payload.parse(request.payload ?? {});
      return { ok: true, data: await spec.run(depsFor(request.context), payload) };
    } catch (error) {
      return toErrorEnvelope(error);
    }
  };
}
