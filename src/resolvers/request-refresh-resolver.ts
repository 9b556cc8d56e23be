import type { Envelope } from '../contract/envelope';
import type { RefreshRequestDto } from '../contract/refresh-request-dto';
import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { refreshRequestStore } from '../adapters/kvs/refresh-request-store';
import { toErrorEnvelope } from './to-error-envelope';

/** A new request within this window joins the refresh already under way instead of queueing another. */
const COALESCE_MS = 60_000;

/**
 * The request a simultaneous one joined: the one its claimant saves in place of `previous` (a few tries, a few
 * milliseconds apart); null if it is not there yet.
 */
async function joinedRequest(previous: string | null): Promise<string | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await refreshRequestStore.load();
    if (current !== null && current !== previous) return current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/** requestRefresh: queue a full refresh of every project (as the app); the page then polls getPortfolio for progress. */
export async function requestRefreshResolver(): Promise<Envelope<RefreshRequestDto>> {
  try {
    const now = new Date();
    const previous = await refreshRequestStore.load();
    if (previous !== null && now.getTime() - Date.parse(previous) < COALESCE_MS) {
      return { ok: true, data: { requestedAt: previous, queued: false } };
    }
    // Requests that arrive together all saw the same previous one: the first to claim it queues, the rest join.
    if ((await refreshRequestStore.claim(previous)) === 'taken') return { ok: true, data: { requestedAt: (await joinedRequest(previous)) ?? now.toISOString(), queued: false } };
    const requestedAt = now.toISOString();
    await refreshRequestStore.save(requestedAt);
    await pushRefreshJobs([{ kind: 'full', reason: 'manual', requestedAt }]);
    return { ok: true, data: { requestedAt, queued: true } };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
