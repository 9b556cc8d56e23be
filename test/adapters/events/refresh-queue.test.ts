import { PROJECT_JOB_CONCURRENCY, pushRefreshJobs } from '../../../src/adapters/events/refresh-queue';
import type { QueuedEvent } from '../../../local/forge-runtime/forge-runtime-targets';
import { installForgeRuntime } from '../../../local/forge-runtime/install-forge-runtime';
import { runInInvocation } from '../../../local/forge-runtime/invocation-scope';
import { createKvsStore } from '../../../local/kvs-store/create-kvs-store';

describe('pushRefreshJobs, through the real @forge/events SDK', () => {
  const pushed: QueuedEvent[][] = [];
  beforeEach(() => {
    pushed.length = 0;
    const store = createKvsStore({ dir: null });
    installForgeRuntime({
      jira: () => Promise.resolve(new Response('{}', { status: 404 })),
      kvs: (path, body) => store.handle(path, body),
      queue: (_name, events) => {
        pushed.push([...events]);
        return Promise.resolve();
      },
    });
  });

  const push = (jobs: Parameters<typeof pushRefreshJobs>[0]) =>
    runInInvocation({ moduleKey: 'refresh-consumer', accountId: null, timeoutMs: 25_000 }, () => pushRefreshJobs(jobs));

  it('limits project and incremental jobs to four at a time, and leaves the full job unlimited', async () => {
    await push([
      { kind: 'full', reason: 'daily', requestedAt: '2026-11-20T12:00:00.000Z' },
      { kind: 'project', projectKey: 'CORE', mode: 'full', requestedAt: '2026-11-20T12:00:00.000Z' },
      { kind: 'incremental', projectKey: 'DATA', requestedAt: '2026-11-20T12:00:00.000Z' },
    ]);
    expect(pushed.flat().map((event) => event.concurrency)).toEqual([undefined, PROJECT_JOB_CONCURRENCY, PROJECT_JOB_CONCURRENCY]);
  });

  it('pushes at most 50 events at a time, as Forge allows', async () => {
    await push(
      Array.from({ length: 120 }, (_, i) => ({
        kind: 'project' as const,
        projectKey: `P${String(i)}`,
        mode: 'full' as const,
        requestedAt: '2026-11-20T12:00:00.000Z',
      })),
    );
    expect(pushed.map((events) => events.length)).toEqual([50, 50, 20]);
  });
});
