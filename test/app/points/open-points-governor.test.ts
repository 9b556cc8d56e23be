import { PointsBudgetSpentError } from '../../../src/adapters/jira/points-budget-spent-error';
import { openPointsGovernor, POINTS_SYNC_INTERVAL } from '../../../src/app/points/open-points-governor';
import { POINTS_WINDOW_MS, type PointsSpend } from '../../../src/domain/points/points-spend';
import type { PointsLedger } from '../../../src/ports/points-ledger';

/** A ledger in memory: the port, as a plain map. */
function memoryLedger(initial: PointsSpend[] = []): PointsLedger & { spends: PointsSpend[] } {
  const spends = [...initial];
  return {
    spends,
    record: (spend) => {
      spends.push(spend);
      return Promise.resolve();
    },
    spendsBetween: (from, to) => Promise.resolve(spends.filter((s) => s.atMs >= from && s.atMs <= to)),
    loadSetting: () => Promise.resolve({ tier: 'tier1' }),
    saveSetting: () => Promise.resolve(),
  };
}

const answer = (points: number) => ({ points, rateLimit: null });

describe('the points governor of one invocation', () => {
  let now = 10 * POINTS_WINDOW_MS;
  beforeEach(() => {
    now = 10 * POINTS_WINDOW_MS;
  });
  const open = (ledger: PointsLedger, budgetPerHour: number | null) =>
    openPointsGovernor({ ledger, spender: 'refresh', nowMs: () => now, invocationId: 'inv', budgetPerHour });

  it("lets requests through until the hour's spending, its own and others', reaches the budget", async () => {
    const governor = await open(memoryLedger([{ atMs: now - 1000, spender: 'refresh', points: 60, requests: 1 }]), 100);
    governor.beforeRequest();
    governor.afterAnswer(answer(20));
    expect(await governor.keepGoing()).toBe(true);
    // 80 spent: another answer like the dearest so far (20) still fits; after it, none does.
    governor.afterAnswer(answer(20));
    expect(await governor.keepGoing()).toBe(false);
    expect(() => {
      governor.beforeRequest();
    }).toThrow(PointsBudgetSpentError);
  });

  it('stops before a page that would overshoot the budget, but lets a page dearer than the whole budget through an empty hour', async () => {
    const governor = await open(memoryLedger(), 150);
    governor.afterAnswer(answer(101));
    expect(await governor.keepGoing()).toBe(false);
    now += POINTS_WINDOW_MS;
    const lean = await open(memoryLedger(), 50);
    lean.afterAnswer(answer(101));
    now += POINTS_WINDOW_MS;
    expect(await lean.keepGoing()).toBe(true);
  });

  it("does not count pages' spending against the background budget", async () => {
    const governor = await open(memoryLedger([{ atMs: now - 1000, spender: 'pages', points: 1_000, requests: 1 }]), 100);
    expect(await governor.keepGoing()).toBe(true);
  });

  it('says spending resumes when the oldest spending leaves the hour', async () => {
    const governor = await open(memoryLedger([{ atMs: now - 1000, spender: 'refresh', points: 100, requests: 1 }]), 100);
    expect(await governor.keepGoing()).toBe(false);
    expect(governor.resumeAtMs()).toBe(now - 1000 + POINTS_WINDOW_MS);
    now += POINTS_WINDOW_MS;
    expect(await governor.keepGoing()).toBe(true);
  });

  it('stays off Jira after a 429 for the quota until its Retry-After, but not after a burst 429', async () => {
    const governor = await open(memoryLedger(), null);
    governor.afterAnswer({ points: 0, rateLimit: { reason: 'jira-burst-based', retryAfterSeconds: 2 } });
    expect(await governor.keepGoing()).toBe(true);
    governor.afterAnswer({ points: 0, rateLimit: { reason: 'jira-quota-global-based', retryAfterSeconds: 600 } });
    expect(await governor.keepGoing()).toBe(false);
    expect(governor.resumeAtMs()).toBe(now + 600_000);
    now += 600_000;
    expect(await governor.keepGoing()).toBe(true);
  });

  it('meters without limit when it has no budget (pages)', async () => {
    const governor = await open(memoryLedger(), null);
    for (let i = 0; i < 10; i += 1) governor.afterAnswer(answer(10_000));
    expect(await governor.keepGoing()).toBe(true);
    expect(governor.spent()).toEqual({ points: 100_000, requests: 10 });
  });

  it('records what it spent in the ledger when flushed, once', async () => {
    const ledger = memoryLedger();
    const governor = await open(ledger, 100);
    governor.afterAnswer(answer(7));
    governor.afterAnswer(answer(3));
    await governor.flush();
    await governor.flush();
    expect(ledger.spends).toEqual([{ atMs: now, spender: 'refresh', points: 10, requests: 2 }]);
  });

  it("shares its spending and reads the others' again every POINTS_SYNC_INTERVAL points, so simultaneous jobs see each other", async () => {
    const ledger = memoryLedger();
    const budget = 3 * POINTS_SYNC_INTERVAL;
    const first = await open(ledger, budget);
    const second = await open(ledger, budget);
    first.afterAnswer(answer(POINTS_SYNC_INTERVAL));
    expect(await first.keepGoing()).toBe(true);
    second.afterAnswer(answer(POINTS_SYNC_INTERVAL));
    expect(await second.keepGoing()).toBe(true);
    second.afterAnswer(answer(POINTS_SYNC_INTERVAL));
    // The second now reads the first's 1,000 from the ledger: 3,000 spent of 3,000.
    expect(await second.keepGoing()).toBe(false);
    expect(ledger.spends.reduce((sum, s) => sum + s.points, 0)).toBe(3 * POINTS_SYNC_INTERVAL);
  });
});
