import { z } from 'zod';
import { demoUsers } from '../../../local/demo/demo-users';
import { startDemoDevServer, type DemoDevServer } from '../../../local/dev-server/start-demo-dev-server';
import { moduleKeys } from '../../../static/app/src/routing/module-keys';

const now = new Date('2026-11-20T12:00:00.000Z');
const portfolioSchema = z.object({ ok: z.literal(true), data: z.object({ asOf: z.string().nullable() }) });

jest.setTimeout(120_000);

/** One resolver call through the server's bridge back end, as a frame makes it. */
async function invoke(server: DemoDevServer, functionKey: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ moduleKey: moduleKeys.portfolio, functionKey, payload: {}, accountId: demoUsers.executive.accountId, extension: {} }),
  });
  return response.json();
}

describe('the demo dev server on a fixed clock', () => {
  let server: DemoDevServer;

  beforeAll(async () => {
    server = await startDemoDevServer({ now, refresh: false });
  });

  afterAll(() => server.close());

  it('generates the demo site at the given moment and starts the app clock there', () => {
    expect(server.clock.now().toISOString()).toBe(now.toISOString());
    expect(server.site.projects.length).toBeGreaterThan(0);
  });

  it('runs the jobs a resolver queues on that clock, so a refresh asked for in a page completes as of that moment', async () => {
    expect(portfolioSchema.parse(await invoke(server, 'getPortfolio')).data.asOf).toBeNull();
    await invoke(server, 'requestRefresh');
    let asOf: string | null = null;
    for (let attempt = 0; attempt < 100 && asOf === null; attempt += 1) {
      await new Promise((done) => setTimeout(done, 200));
      asOf = portfolioSchema.parse(await invoke(server, 'getPortfolio')).data.asOf;
    }
    expect(asOf === null ? null : asOf.slice(0, 10)).toBe('2026-11-20');
  });
});
