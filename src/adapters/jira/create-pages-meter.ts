import { randomUUID } from 'node:crypto';
import type { PointsLedger } from '../../ports/points-ledger';
import type { RequestMeter } from './create-metered-requester';

/**
 * Meters the Jira calls of a page (a resolver someone is waiting on): never refuses one, and records each answer's
 * points in the ledger as the pages' spending, so the admin page can say what pages cost beside refresh.
 */
export function createPagesMeter(ledger: PointsLedger, nowMs: () => number): RequestMeter {
  const invocation = randomUUID();
  let answers = 0;
  return {
    beforeRequest: () => undefined,
    async afterAnswer({ points }) {
      answers += 1;
      await ledger.record({ atMs: nowMs(), spender: 'pages', points, requests: 1 }, `${invocation}-${String(answers)}`);
    },
  };
}
