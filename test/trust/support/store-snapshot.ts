import type { KvsStore } from '../../../local/kvs-store/create-kvs-store';

/**
 * Every stored key with its value as JSON text, read through the KVS's own REST surface, so two snapshots taken
 * around a call show whether it wrote, changed or deleted anything. The points ledger (`points:`) is left out: it
 * meters every Jira call, a refused one included, and is no governance state.
 */
export async function storeSnapshot(store: KvsStore): Promise<Record<string, string>> {
  const entries = await Promise.all(
    store
      .keys()
      .filter((key) => !key.startsWith('points:'))
      .map(async (key): Promise<[string, string]> => {
        const response = await store.handle('/api/v1/get', JSON.stringify({ key }));
        const body: unknown = await response.json();
        const value = typeof body === 'object' && body !== null && 'value' in body ? body.value : null;
        return [key, JSON.stringify(value)];
      }),
  );
  return Object.fromEntries(entries);
}
