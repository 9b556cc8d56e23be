import type { Request } from '@forge/resolver';
import type { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { createPointsLedger } from '../adapters/kvs/create-points-ledger';
import { refreshThrottleStore } from '../adapters/kvs/refresh-throttle-store';
import { GovernanceError } from '../app/governance/governance-error';
import type { PointsAdminDeps } from '../app/points/points-admin-deps';
import { createGovernanceDeps } from './create-governance-deps';
import { toErrorEnvelope } from './to-error-envelope';

/** Wraps a points budget use case as a resolver: parse the payload, build the caller's deps, answer an envelope. */
export function pointsResolver<P, T>(schema: z.ZodType<P>, run: (deps: PointsAdminDeps, payload: P) => Promise<T>): (request: Request<unknown>) => Promise<Envelope<T>> {
  return async (request) => {
    try {
      const deps: PointsAdminDeps = {
        ...createGovernanceDeps(request.context, () => new Date()),
        points: createPointsLedger(),
        refreshThrottle: () => refreshThrottleStore.load(),
        queueReread: (requestedAt) => pushRefreshJobs([{ kind: 'full', reason: 'reread', requestedAt }]),
      };
      const payload = schema.parse(request.payload ?? {});
      return { ok: true, data: await run(deps, payload) };
    } catch (error) {
      if (error instanceof GovernanceError) return { ok: false, error: { code: error.code, message: error.message } };
      return toErrorEnvelope(error);
    }
  };
}
