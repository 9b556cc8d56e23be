import type { PendingChanges } from '../ports/pending-changes';

/**
 * Forgets that the project had changes not yet read: drops its pending changes, as a refresh that reads the project
 * again does before it starts (a change arriving meanwhile marks the project again).
 *
 * @example
 * await clearStaleMark(pendingChangeStore, 'CORE');
 */
export async function clearStaleMark(pending: PendingChanges, projectKey: string): Promise<void> {
  await pending.remove((await pending.list()).filter((change) => change.projectKey === projectKey));
}
