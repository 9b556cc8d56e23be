import { z } from 'zod';
import type { KvsStore } from '../../../local/kvs-store/create-kvs-store';

/** Forge's limit on keys in one batch request. */
const BATCH = 25;
const batchGetAnswerSchema = z.object({ successfulKeys: z.array(z.object({ key: z.string(), value: z.unknown() })) });

/**
 * Every stored key with its value as JSON text, read through the store's own protocol, so two snapshots compare
 * exactly: a refused write must leave this unchanged. The points ledger (`points:`) meters every Jira call and is left out.
 */
export async function readKvsSnapshot(store: KvsStore): Promise<ReadonlyMap<string, string>> {
  const keys = store.keys().filter((key) => !key.startsWith('points:'));
  const snapshot = new Map<string, string>();
  for (let start = 0; start < keys.length; start += BATCH) {
    const batch = keys.slice(start, start + BATCH).map((key) => ({ key }));
    const response = await store.handle('/api/v1/batch/get', JSON.stringify(batch));
    const answer = batchGetAnswerSchema.parse(await response.json());
    for (const entry of answer.successfulKeys) snapshot.set(entry.key, JSON.stringify(entry.value));
  }
  return snapshot;
}

/** The keys added, removed or changed between two snapshots, sorted. */
export function diffKvsSnapshots(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}
