/**
 * The Jira points budget in a real browser, on the refreshed demo site: the admin sets the tier (checked in the form
 * first), sees the new quota and refresh share, and sees a full reread's cost before starting it; the executive reads
 * the budget without controls and is refused any write. The portfolio says how a first read is going and that refresh
 * is paused for points, from the state a first read leaves in the app's own stores.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { firstReadPlanStore } from '../../src/adapters/kvs/first-read-plan-store';
import { refreshThrottleStore } from '../../src/adapters/kvs/refresh-throttle-store';
import { describeHours } from '../../src/domain/points/describe-hours';
import { firstReadProgress, type FirstReadEntry } from '../../src/domain/points/first-read-progress';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { chooseOption } from './choose-option';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type BrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
// The intake project holds proposals, not delivery work: the portfolio's first-read progress and rows leave it out.
const deliveryKeys = site.projects.map((project) => project.key).filter((key) => key !== demoIntakeProject.key);

jest.setTimeout(180_000);

/** Opens a surface as the user; the page's clock is the app's, so whether a pause has ended does not depend on when the test runs. */
const openSurface = (suite: BrowserSuite, moduleKey: string, accountId: string, heading: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKey, accountId, { heading });

/** Calls a resolver through the page's bridge, as the UI would, bypassing the UI's controls. */
function invokeFromPage(page: Page, functionKey: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ({ key, body }) => {
      const bridge = (globalThis as unknown as { __bridge: { callBridge: (name: string, args: unknown) => Promise<unknown> } }).__bridge;
      return bridge.callBridge('invoke', { functionKey: key, payload: body });
    },
    { key: functionKey, body: payload },
  );
}

describe('the Jira points budget on the refreshed demo site', () => {
  const suite = useBrowserSuite({ site });

  it('lets the admin set Tier 2 after the form checks it, shows the new figures, and shows a reread’s cost before starting it', async () => {
    const { page, problems } = await openSurface(suite, moduleKeys.admin, demoUsers.admin.accountId, 'PMO governance settings');
    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Jira points budget' }) });
    await panel
      .getByText("Tier 1: 65,000 points an hour shared by every site that installs the app; this site's refresh uses at most 6,500 an hour.")
      .waitFor();
    const spending = panel.getByRole('table', { name: 'Jira points spent by this site' });
    const refreshRow = await spending
      .getByRole('row', { name: /^Refresh jobs / })
      .locator('td')
      .allTextContents();
    // The daily refresh just read the demo site: it spent points, one request at least per project.
    expect(Number(refreshRow[2]?.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(Number(refreshRow[3]?.replace(/,/g, ''))).toBeGreaterThanOrEqual(site.projects.length);
    expect(await spending.getByRole('row', { name: /^Pages / }).count()).toBe(1);

    const form = panel.getByRole('form', { name: 'Change the points budget' });
    await form.getByLabel('Tier 2', { exact: true }).check();
    await chooseOption(form, 'Jira plan', 'Standard');
    await form.getByLabel('Number of users').fill('10.5');
    await form.getByRole('button', { name: 'Save points budget' }).click();
    await form.getByText('The number of users must be a whole number.').waitFor();
    expect(await form.getByLabel('Number of users').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Number of users').evaluate((input) => input === document.activeElement)).toBe(true);

    await form.getByLabel('Number of users').fill('1,000');
    await form.getByText('Gives 110,000 points an hour for this site; refresh would use at most 77,000 an hour.').waitFor();
    await form.getByRole('button', { name: 'Save points budget' }).click();
    const tierTwo =
      'Tier 2 (Standard, 1,000 users): 110,000 points an hour for this site alone; refresh uses at most 77,000 an hour and leaves the rest to pages.';
    await panel.locator('.pmo-points-tier').getByText(tierTwo).waitFor();
    await panel.getByText(`Saved. ${tierTwo}`).waitFor();

    const reread = panel.getByRole('region', { name: 'Read every issue again' });
    await reread.getByRole('button', { name: 'Estimate the cost of reading every issue again' }).click();
    const estimate = reread.getByText(
      new RegExp(`^About [\\d,]+ points \\([\\d,]+ issues in ${String(site.projects.length)} projects\\): .+ at this site's budget\\.$`),
    );
    await estimate.waitFor();
    // Only the estimate so far: nothing is queued, and starting still asks first.
    expect(await reread.getByText(/^Started reading every issue again/).count()).toBe(0);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    await panel.screenshot({ path: join(suite.screenshotDir, 'admin-points-budget.png') });

    await reread.getByRole('button', { name: 'Start reading every issue again' }).focus();
    await page.keyboard.press('Enter');
    const notNow = reread.getByRole('button', { name: 'No, not now' });
    await notNow.waitFor();
    expect(await notNow.evaluate((button) => button === document.activeElement)).toBe(true);
    await reread.getByRole('button', { name: 'Yes, start reading every issue again' }).click();
    await reread.getByText(/^Started reading every issue again/).waitFor();
    await suite.app.queue.drain();
    expect(suite.app.queue.failures).toEqual([]);

    const audit = page.getByRole('table', { name: /^Newest changes first/ });
    await audit.getByText(/Started a full reread of \d+ projects/).waitFor();
    expect(await audit.getByText(/Tier 2, Standard, 1,000 users/).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the executive the budget read-only, and the server refuses their writes', async () => {
    const { page, problems } = await openSurface(suite, moduleKeys.admin, demoUsers.executive.accountId, 'PMO governance settings');
    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Jira points budget' }) });
    await panel.getByText(/^Tier 2 \(Standard, 1,000 users\): 110,000 points an hour/).waitFor();
    await panel.getByText('Only Jira administrators can change the points budget or have every issue read again.').waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await panel.getByRole('radio').count()).toBe(0);
    expect(await panel.getByRole('table', { name: 'Jira points spent by this site' }).count()).toBe(1);
    expect(await invokeFromPage(page, 'setPointsBudget', { setting: { tier: 'tier1' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invokeFromPage(page, 'estimateFullReread', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invokeFromPage(page, 'requestFullReread', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the portfolio while a first read is under way', () => {
  const suite = useBrowserSuite({ site });
  const unfinished = site.projects.slice(0, 3).map((project) => project.key);
  let planned: Readonly<Record<string, number>> = {};

  /** What the first read's wording should say to a viewer who sees `keys`, by the domain's own reckoning. */
  function expectedReading(keys: readonly string[]): string {
    const entries: FirstReadEntry[] = keys.map((key) => {
      const total = planned[key] ?? 0;
      return unfinished.includes(key)
        ? { issuesTotal: total, issuesRead: Math.floor(total / 3), finished: false }
        : { issuesTotal: total, issuesRead: total, finished: true };
    });
    const progress = firstReadProgress(entries, 6_500);
    if (progress === null || progress.hoursLeft === null) throw new Error('the seeded first read is under way');
    const count = (n: number) => n.toLocaleString('en-US');
    return `Reading Jira for the first time: ${count(progress.issuesRead)} of ${count(progress.issuesTotal)} issues; ${describeHours(progress.hoursLeft)} left at this site's budget (6,500 points an hour). Paused for the points budget; resumes at 12:20 UTC.`;
  }

  beforeAll(async () => {
    // The first refresh planned the first read of every project; a few are left part-read, as a paused read leaves them.
    const plan = await firstReadPlanStore.load();
    if (plan === null) throw new Error('the first refresh saves a first-read plan');
    planned = plan.issuesByProject;
    const store = createRollupStore();
    for (const key of unfinished) {
      const stored = await store.loadRollup(key);
      if (stored === null) throw new Error(`no roll-up for ${key}`);
      await store.saveRollup(key, {
        ...stored,
        refresh: { ...stored.refresh, partial: true, unfinished: true, itemCount: Math.floor((planned[key] ?? 0) / 3) },
      });
    }
    await refreshThrottleStore.save({ at: '2026-11-20T11:40:00.000Z', resumesAt: '2026-11-20T12:20:00.000Z', reason: 'budget' });
  });

  it('says how many issues are read of all, the time left at the budget and when the pause ends, above the tables', async () => {
    const { page, problems } = await openSurface(suite, moduleKeys.portfolio, demoUsers.executive.accountId, 'PMO portfolio');
    const notice = page.locator('.pmo-first-read');
    await notice.getByText(expectedReading(deliveryKeys)).waitFor();
    const bar = notice.getByRole('progressbar', { name: 'Issues read for the first time' });
    const read = Number(await bar.getAttribute('value'));
    const total = Number(await bar.getAttribute('max'));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(total);
    // Above the first table, and the tables still show every project's roll-up as read so far.
    const noticeTop = (await notice.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(noticeTop).toBeLessThan((await page.getByRole('table').first().boundingBox())?.y ?? 0);
    await page
      .locator('tbody tr')
      .nth(deliveryKeys.length - 1)
      .waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio-first-read.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('counts only the projects the viewer may browse', async () => {
    const { page, problems } = await openSurface(suite, moduleKeys.portfolio, demoUsers.restricted.accountId, 'PMO portfolio');
    const visible = deliveryKeys.filter((key) => key !== demoHiddenProjectKey);
    await page.locator('.pmo-first-read').getByText(expectedReading(visible)).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
