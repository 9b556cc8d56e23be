import type { PendingChanges } from '../ports/pending-changes';

/**
 * The projects with changes no sweep or refresh has read yet (the portfolio marks them stale), each once, in the order
 * their first pending change is listed.
 *
 * @example
 * await staleProjectKeys(pendingChangeStore); // => ['CORE', 'PAY']
 */
export async function staleProjectKeys(pending: Pick<PendingChanges, 'list'>): Promise<readonly string[]> {
  return [...new Set((await pending.list()).map((change) => change.projectKey))];
}
