/**
 * Several people press Refresh now at the same moment: one full refresh is queued, and every other request joins it.
 */
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../../src/contract/envelope';
import type { RefreshRequestDto } from '../../../src/contract/refresh-request-dto';

const now = new Date('2026-11-20T12:00:00.000Z');

jest.setTimeout(60_000);

describe('simultaneous refresh requests', () => {
  let app: LocalApp;

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each([2, 4, 8])('queues one full refresh for %i requests at once, and every answer names the same request', async (count) => {
    const users = Object.values(demoUsers);
    const answers = (await Promise.all(
      Array.from({ length: count }, (_, i) =>
        app.invokeResolver({
          functionKey: 'requestRefresh',
          payload: {},
          accountId: users[i % users.length]?.accountId ?? demoUsers.executive.accountId,
          moduleKey: 'pmo-portfolio',
          extension: {},
        }),
      ),
    )) as Envelope<RefreshRequestDto>[];
    const data = answers.map((answer) => (answer.ok ? answer.data : null));
    expect(data.filter((d) => d?.queued === true)).toHaveLength(1);
    expect(new Set(data.map((d) => d?.requestedAt)).size).toBe(1);
    await app.queue.drain();
    // The next round starts after the window: a request a minute later queues again.
    jest.setSystemTime(Date.now() + 61_000);
  });
});
