import type { RefreshRequestDto } from '../contract/refresh-request-dto';

/** A new request within this window joins the refresh already under way instead of queueing another. */
const COALESCE_MS = 60_000;

/** What asking for a refresh needs: the last request (kept in storage), the queue, and the time. */
export interface RefreshRequestPorts {
  readonly requests: {
    load(): Promise<string | null>;
    save(requestedAt: string): Promise<void>;
    /** Only the first of simultaneous requests that saw the same previous one gets `claimed`. */
    claim(previous: string | null): Promise<'claimed' | 'taken'>;
  };
  readonly queueFullRefresh: (requestedAt: string) => Promise<void>;
  readonly now: () => Date;
}

/**
 * The request a simultaneous one joined: the one its claimant saves in place of `previous` (a few tries, a few
 * milliseconds apart); null if it is not there yet.
 */
async function joinedRequest(ports: RefreshRequestPorts, previous: string | null): Promise<string | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const current = await ports.requests.load();
    if (current !== null && current !== previous) return current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

/**
 * Queues a full refresh of every project, unless one was asked for within the last minute: then the caller joins it.
 * Requests that arrive together all saw the same previous one; the first to claim it queues, the rest join.
 */
export async function requestRefresh(ports: RefreshRequestPorts): Promise<RefreshRequestDto> {
  const now = ports.now();
  const previous = await ports.requests.load();
  if (previous !== null && now.getTime() - Date.parse(previous) < COALESCE_MS) return { requestedAt: previous, queued: false };
  if ((await ports.requests.claim(previous)) === 'taken') return { requestedAt: (await joinedRequest(ports, previous)) ?? now.toISOString(), queued: false };
  const requestedAt = now.toISOString();
  await ports.requests.save(requestedAt);
  await ports.queueFullRefresh(requestedAt);
  return { requestedAt, queued: true };
}
