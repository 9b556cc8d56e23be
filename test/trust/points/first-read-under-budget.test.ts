/**
 * The first read of a site under a points budget far smaller than the read needs, as Forge runs it (scheduled
 * trigger, queue, one job per project) on simulated time: the fake enforces an hourly quota of a tenth of what the
 * read costs, the app is told the same quota, and the read is paced over many simulated hours without a single 429,
 * ends with exactly the items and roll-ups an unthrottled read gives, and the portfolio says how far it has come at
 * every step.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { demoUsers } from '../../../local/demo/demo-users';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../../local/forge-runtime/create-simulated-clock';
import { createWorkItemStore } from '../../../src/adapters/kvs/create-work-item-store';
import type { PortfolioDto } from '../../../src/contract/portfolio-dto';
import { fullReadPoints } from '../../../src/domain/points/full-read-points';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectIssue } from '../../../src/ports/project-issue';

const start = new Date('2026-12-01T09:00:00.000Z');
const site = generateDemoSite({ now: start, scale: 3000 });
const admin = demoUsers.admin.accountId;
const adminPage = { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } };
const portfolioPage = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };

jest.setTimeout(180_000);

function issuesByProject(): number[] {
  const counts = new Map<string, number>();
  for (const issue of site.issues) {
    const key = issue.key.split('-')[0] ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return site.projects.map((p) => counts.get(p.key) ?? 0);
}

async function portfolioOf(app: LocalApp): Promise<PortfolioDto> {
  const answer = (await app.invokeResolver({ functionKey: 'getPortfolio', payload: {}, accountId: admin, ...portfolioPage })) as {
    ok: boolean;
    data?: PortfolioDto;
  };
  if (!answer.ok || answer.data === undefined) throw new Error(`getPortfolio failed: ${JSON.stringify(answer)}`);
  return answer.data;
}

async function storedItems(): Promise<Record<string, readonly ProjectIssue[] | null>> {
  const store = createWorkItemStore();
  const items: Record<string, readonly ProjectIssue[] | null> = {};
  for (const project of site.projects) items[project.key] = await store.loadProjectIssues(project.key);
  return items;
}

describe('the first read of a site under a tenth of the points it needs', () => {
  // What the read costs the data itself: a point per issue and per page of 100.
  const dataPoints = fullReadPoints(issuesByProject());
  const quota = Math.ceil(dataPoints / 10);
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmo-points-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads everything over many simulated hours, with no 429, the same items as an unthrottled read, and honest progress', async () => {
    // Unthrottled, for comparison.
    const freeClock = createSimulatedClock(start);
    const free = await createLocalApp({ site, dataDir: null, clock: freeClock });
    await free.fireDailySnapshot();
    await free.queue.drain();
    const unthrottledItems = await storedItems();
    const unthrottledPoints = free.fake?.traffic().points.total ?? 0;
    await free.close();

    const clock = createSimulatedClock(start);
    const trafficLog = join(dir, 'traffic.jsonl');
    const app = await createLocalApp({ site, dataDir: null, clock, fakeOptions: { now: clock.now, trafficLog, points: { tier: 2, quota } } });
    const set = (await app.invokeResolver({
      functionKey: 'setPointsBudget',
      payload: { setting: { tier: 'custom', pointsPerHour: quota } },
      accountId: admin,
      ...adminPage,
    })) as { ok: boolean };
    expect(set).toMatchObject({ ok: true });
    const queue = app.simulatedQueue;
    if (queue === null) throw new Error('the app has no simulated queue');

    await app.fireDailySnapshot();
    const seen: { at: number; read: number; total: number }[] = [];
    await queue.runDue();
    let lastLook = Number.NEGATIVE_INFINITY;
    for (let due = queue.nextDueAt(); due !== null; due = queue.nextDueAt()) {
      // A reader looks at the page about once a simulated hour: the pages' share of the quota is for people.
      if (clock.now().getTime() - lastLook < 3_600_000) {
        clock.advanceTo(due);
        await queue.runDue();
        continue;
      }
      lastLook = clock.now().getTime();
      const portfolio = await portfolioOf(app);
      const { reading, throttle } = portfolio.refresh;
      if (reading !== null) {
        seen.push({ at: clock.now().getTime(), read: reading.issuesRead, total: reading.issuesTotal });
        // Honest: what the page says is read is what the store holds.
        expect(reading.issuesRead).toBeLessThanOrEqual(reading.issuesTotal);
        expect(reading.hoursLeft).not.toBeNull();
        expect(throttle).not.toBeNull();
        expect(Date.parse(throttle?.resumesAt ?? '')).toBeGreaterThan(clock.now().getTime());
      }
      clock.advanceTo(due);
      await queue.runDue();
    }

    const hours = (clock.now().getTime() - start.getTime()) / 3_600_000;
    const lines = readFileSync(trafficLog, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { status: number; refused?: string; points: number });
    const throttledPoints = app.fake?.traffic().points.total ?? 0;
    console.log(
      `First read of ${String(site.issues.length)} issues under ${String(quota)} points an hour (a tenth of the ${String(dataPoints)} the data costs): ${hours.toFixed(1)} simulated hours, ${String(throttledPoints)} points (unthrottled: ${String(unthrottledPoints)}), ${String(seen.length)} progress readings.`,
    );

    expect(lines.filter((line) => line.status === 429)).toEqual([]);
    expect(hours).toBeGreaterThan(5);
    expect(app.queue.failures).toEqual([]);
    // Progress only moves forward, and was shown from the first pause to the last.
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]?.read).toBeGreaterThanOrEqual(seen[i - 1]?.read ?? 0);
    expect((await portfolioOf(app)).refresh.reading).toBeNull();

    const throttledItems = await storedItems();
    expect(throttledItems).toEqual(unthrottledItems);
    // The roll-ups computed from those items at one instant are the same too (each read stamped its own time).
    const asOf = clock.now().toISOString();
    for (const project of site.projects) {
      const items = throttledItems[project.key]?.map((issue) => issue.item) ?? [];
      const again = unthrottledItems[project.key]?.map((issue) => issue.item) ?? [];
      const ref = { key: project.key, name: project.name, category: null, leadId: null };
      expect(computeProjectRollup({ project: ref as never, items }, asOf)).toEqual(computeProjectRollup({ project: ref as never, items: again }, asOf));
    }
    // Paced, the read costs at most 5% more than the data itself.
    expect(throttledPoints).toBeLessThanOrEqual(Math.ceil(dataPoints * 1.05) + 30);
    await app.close();
  });
});
