/**
 * Resolvers over a throttled Jira answer inside Forge's 25 s: the real handler, SDKs and Jira fake, with every Jira
 * request answered 429. Time is virtual (jest's clock drives setTimeout and Date, so Forge's remaining time too): a
 * resolver that slept would only finish as the test moves the clock on, and the clock's move is the time it slept.
 */
import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import type { FaultOptions } from '../../local/jira-fake/fault-options';
import { loadSiteFile } from '../../local/site/load-site-file';
import { jiraRetryPolicies } from '../../src/adapters/jira/jira-retry-policies';
import type { Envelope } from '../../src/contract/envelope';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));

interface Call {
  readonly functionKey: string;
  readonly payload: unknown;
  readonly moduleKey: string;
  readonly extension: Readonly<Record<string, unknown>>;
}

const calls: readonly (readonly [string, Call])[] = [
  ['getPortfolio (portfolio page)', { functionKey: 'getPortfolio', payload: {}, moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } }],
  ['getViewer (every page)', { functionKey: 'getViewer', payload: {}, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } }],
  [
    'getIssueGovernance (issue panel)',
    { functionKey: 'getIssueGovernance', payload: { issueKey: 'ALPHA-1' }, moduleKey: 'governance-issue-panel', extension: { type: 'jira:issuePanel' } },
  ],
  [
    'getProjectRaid (project page)',
    { functionKey: 'getProjectRaid', payload: { projectKey: 'ALPHA' }, moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage' } },
  ],
  [
    'getStatusReport (report macro)',
    {
      functionKey: 'getStatusReport',
      payload: { scope: { kind: 'portfolio' }, period: '7d' },
      moduleKey: 'executive-status-report',
      extension: { type: 'macro' },
    },
  ],
  ['listFrozenReports (report macro)', { functionKey: 'listFrozenReports', payload: {}, moduleKey: 'executive-status-report', extension: { type: 'macro' } }],
  ['listTemplates (admin page)', { functionKey: 'listTemplates', payload: {}, moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } }],
  [
    'getRagOverrides (project page)',
    { functionKey: 'getRagOverrides', payload: { projectKey: 'ALPHA' }, moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage' } },
  ],
];

/** Runs `work` to its end on the virtual clock (whenever it waits on a timer, the clock moves to that timer), and how much virtual time passed. */
async function onVirtualClock<T>(work: () => Promise<T>): Promise<{ readonly answer: T; readonly elapsedMs: number }> {
  const start = Date.now();
  const running = work();
  const finished = running.then(
    () => true,
    () => true,
  );
  // One turn of the event loop, so work that waits on no timer (the fake, the store) moves on before the clock does.
  const nextTurn = () =>
    new Promise<false>((next) => {
      setImmediate(() => {
        next(false);
      });
    });
  while (!(await Promise.race([finished, nextTurn()]))) {
    if (jest.getTimerCount() > 0) await jest.advanceTimersToNextTimerAsync();
  }
  return { answer: await running, elapsedMs: Date.now() - start };
}

describe('resolvers when Jira answers every request 429', () => {
  let app: LocalApp;
  const start = async (faults: FaultOptions) => {
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now, faults } });
  };
  const invoke = (call: Call, accountId = 'admin') => onVirtualClock(() => app.invokeResolver({ ...call, accountId }) as Promise<Envelope<unknown>>);
  const jiraRequests = (): number => app.fake?.traffic().total ?? 0;

  beforeEach(() => {
    jest.useFakeTimers({ now, doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  });
  afterEach(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each(calls)('%s answers RATE_LIMITED at once, saying when to try again, when Retry-After is 40 s', async (_name, call) => {
    await start({ rateLimitRate: 1, retryAfterSeconds: 40 });
    const { answer, elapsedMs } = await invoke(call);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Jira is busy answering other requests right now. Try again in about 40 seconds.', retryAfterSeconds: 40 },
    });
    expect(elapsedMs).toBe(0);
    // Calls a resolver makes side by side each meet their 429 once: none is sent again.
    expect(Object.values(app.fake?.traffic().byEndpoint ?? {}).every((count) => count === 1)).toBe(true);
  });

  it('retries a 3 s Retry-After while the 8 s budget lasts, then answers RATE_LIMITED within it', async () => {
    await start({ rateLimitRate: 1, retryAfterSeconds: 3 });
    const [, portfolio] = calls[0] ?? [];
    if (portfolio === undefined) throw new Error('getPortfolio is in the table');
    // The portfolio asks Jira one thing (the viewer's projects), so its waits follow one another.
    const { answer, elapsedMs } = await invoke(portfolio, 'exec');
    expect(answer).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterSeconds: 3 } });
    expect(elapsedMs).toBe(6_000);
    expect(elapsedMs).toBeLessThanOrEqual(jiraRetryPolicies.resolvers.waitBudgetMs);
    expect(jiraRequests()).toBe(3);
  });

  it('starts no wait that would end less than 8 s before Forge stops the resolver, reading the time left from the runtime', async () => {
    // Each Jira answer takes 6 s: after two 2 s waits, the third 429 arrives at 22 s, with no time to wait again.
    await start({ rateLimitRate: 1, retryAfterSeconds: 2, latencyMs: 6_000 });
    const [, portfolio] = calls[0] ?? [];
    if (portfolio === undefined) throw new Error('getPortfolio is in the table');
    const { answer, elapsedMs } = await invoke(portfolio, 'exec');
    expect(answer).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterSeconds: 2 } });
    expect(jiraRequests()).toBe(3);
    expect(elapsedMs).toBe(3 * 6_000 + 2 * 2_000);
    expect(elapsedMs).toBeLessThan(25_000);
  });

  it('keeps retrying short Retry-After values and answers as an unthrottled Jira would', async () => {
    await start({ rateLimitRate: 0.5, retryAfterSeconds: 1, seed: 7 });
    const [, portfolio] = calls[0] ?? [];
    if (portfolio === undefined) throw new Error('getPortfolio is in the table');
    const { answer, elapsedMs } = await invoke(portfolio, 'exec');
    expect(answer).toMatchObject({ ok: true });
    expect(elapsedMs).toBeGreaterThan(0);
    expect(elapsedMs).toBeLessThanOrEqual(jiraRetryPolicies.resolvers.waitBudgetMs);
    expect(elapsedMs % 1_000).toBe(0);
  });
});
