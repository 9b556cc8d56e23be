import { installForgeRuntime } from '../../../local/forge-runtime/install-forge-runtime';
import { createKvsStore, type KvsStore } from '../../../local/kvs-store/create-kvs-store';

/**
 * Gives each test a fresh in-memory store behind the real @forge/kvs SDK (Jira answers 404, queues accept): call at
 * the top of a test file; the function it answers gives the current test's store.
 */
export function useMemoryKvs(): () => KvsStore {
  let store = createKvsStore({ dir: null });
  beforeEach(() => {
    store = createKvsStore({ dir: null });
    installForgeRuntime({
      jira: () => Promise.resolve(new Response('{}', { status: 404 })),
      kvs: (path, body) => store.handle(path, body),
      queue: () => Promise.resolve(),
    });
  });
  return () => store;
}
