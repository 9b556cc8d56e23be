import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { PendingChange } from '../../ports/pending-change';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { withStorageRetry } from './with-storage-retry';

const changeSchema = z.object({ at: z.iso.datetime(), issueKey: z.string().optional(), deleted: z.boolean().optional() });
/** A mark from before changes were kept per issue: the project and when. */
const legacyMarkSchema = z.object({ since: z.iso.datetime() });

function toPendingChange(key: string, value: unknown): PendingChange | null {
  const [projectKey, issueId] = key.slice(kvsKeys.staleProjectPrefix.length).split(':');
  if (projectKey === undefined || projectKey === '') return null;
  const change = changeSchema.safeParse(value);
  if (change.success) return { key, projectKey, issueId, at: change.data.at, deleted: change.data.deleted === true };
  const legacy = legacyMarkSchema.safeParse(value);
  return legacy.success ? { key, projectKey, at: legacy.data.since, deleted: false } : null;
}

const readablePendingChanges = (entries: readonly { key: string; value: unknown }[]): PendingChange[] =>
  entries.map(({ key, value }) => toPendingChange(key, value)).filter((change): change is PendingChange => change !== null);

/** The issue changes events announced and no sweep has read yet, one storage key per issue. */
export const pendingChangeStore = {
  /** Keeps a change (a later event for the same issue replaces it; a deletion stays a deletion). */
  async record(change: {
    readonly projectKey: string;
    readonly issueId: string;
    readonly issueKey: string;
    readonly at: string;
    readonly deleted: boolean;
  }): Promise<void> {
    const value = changeSchema.parse({ at: change.at, issueKey: change.issueKey, ...(change.deleted ? { deleted: true } : {}) });
    await withStorageRetry(() => kvs.set(kvsKeys.pendingChange(change.projectKey, change.issueId), value));
  },
  /** Every pending change, in key order (unreadable entries are left out). */
  async list(): Promise<PendingChange[]> {
    return readablePendingChanges(await queryByPrefix(kvsKeys.staleProjectPrefix));
  },
  /** The first `limit` pending changes in key order: enough to tell whether a batch has gathered. */
  async first(limit: number): Promise<PendingChange[]> {
    return readablePendingChanges(await queryByPrefix(kvsKeys.staleProjectPrefix, limit));
  },
  async remove(changes: readonly PendingChange[]): Promise<void> {
    for (const change of changes) await withStorageRetry(() => kvs.delete(change.key));
  },
};
