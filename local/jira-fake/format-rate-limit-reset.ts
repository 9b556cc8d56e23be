const MINUTE_MS = 60_000;

/**
 * Formats X-RateLimit-Reset as Jira Cloud sends it, `yyyy-MM-ddTHH:mmZ` in UTC. The format has no seconds, so the
 * instant is rounded up to the next whole minute: a client that waits until the stated time never comes back early.
 *
 * @example
 * formatRateLimitReset(new Date('2026-11-10T12:00:01Z')); // '2026-11-10T12:01Z'
 * formatRateLimitReset(new Date('2026-11-10T12:00:00Z')); // '2026-11-10T12:00Z'
 */
export function formatRateLimitReset(at: Date): string {
  const minute = new Date(Math.ceil(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return `${minute.toISOString().slice(0, 16)}Z`;
}
