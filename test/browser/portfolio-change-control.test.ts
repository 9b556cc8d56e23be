/**
 * The portfolio's change control in a real browser, on the refreshed demo site: the "Pending changes" and
 * "Uncontrolled slips" columns (a dash with its reason where change control is not computed or no baseline is
 * approved), the slips opened from the keyboard, the two change control filters, the CSV columns, and axe.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import type { Envelope } from '../../src/contract/envelope';
import type { PortfolioDto, PortfolioProjectDto } from '../../src/contract/portfolio-dto';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type BrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
const hourMs = 3_600_000;

jest.setTimeout(180_000);

const openPortfolio = (suite: BrowserSuite, accountId: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKeys.portfolio, accountId, { viewport: { width: 1800, height: 1100 }, heading: 'PMO portfolio' });

async function portfolioAs(suite: BrowserSuite, accountId: string): Promise<readonly PortfolioProjectDto[]> {
  const answer = (await suite.app.invokeResolver({
    functionKey: 'getPortfolio',
    payload: {},
    accountId,
    moduleKey: moduleKeys.portfolio,
    extension: { type: 'jira:globalPage' },
  })) as Envelope<PortfolioDto>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data.programs.flatMap((program) => program.projects);
}

const keyOf = (project: PortfolioProjectDto): string => project.rollup.project.key;
const slipping = (project: PortfolioProjectDto): boolean =>
  (project.changeControl?.baselineVersion ?? null) !== null && (project.changeControl?.uncontrolledSlips ?? 0) > 0;
const pending = (project: PortfolioProjectDto): boolean => (project.changeControl?.pending ?? 0) > 0;

/**
 * Makes sure the store holds at least one approved baseline with an uncontrolled slip, through the app itself: when
 * the demo has none, the admin approves a project's plan, one of its milestones is moved two weeks later in Jira with
 * no change request behind it, and the daily refresh runs, all on the demo's simulated clock.
 */
async function ensureAnUncontrolledSlip(suite: BrowserSuite): Promise<void> {
  if ((await portfolioAs(suite, demoUsers.executive.accountId)).some(slipping)) return;
  const dated = suite.site.issues.flatMap((issue) => {
    const due = issue.fields['duedate'];
    return issue.fields.issuetype.name === 'Milestone' && typeof due === 'string' && issue.fields.project.key !== demoHiddenProjectKey
      ? [{ key: issue.key, projectKey: issue.fields.project.key, due }]
      : [];
  });
  const milestone = dated[0];
  if (milestone === undefined) throw new Error('The demo site has no dated milestone to move.');
  const approved = (await suite.app.invokeResolver({
    functionKey: 'approveBaseline',
    payload: { projectKey: milestone.projectKey },
    accountId: demoUsers.admin.accountId,
    moduleKey: moduleKeys.projectPage,
    extension: { type: 'jira:projectPage', project: { key: milestone.projectKey } },
  })) as Envelope<unknown>;
  if (!approved.ok) throw new Error(`approveBaseline: ${approved.error.message}`);
  suite.advanceClock(hourMs);
  const moved = new Date(Date.parse(`${milestone.due}T00:00:00Z`) + 14 * 24 * hourMs).toISOString().slice(0, 10);
  suite.app.fake?.updateIssue(milestone.key, { duedate: moved }, suite.now(), demoUsers.pm.accountId);
  suite.advanceClock(hourMs);
  await suite.app.fireDailySnapshot();
  await suite.app.queue.drain();
  expect(suite.app.queue.failures).toEqual([]);
}

/** The text of one column's cell in every table body row, keyed by project key, read from the page. */
async function columnShown(page: Page, title: string): Promise<Record<string, string>> {
  return page.evaluate((wanted) => {
    const shown: Record<string, string> = {};
    for (const table of document.querySelectorAll('table')) {
      const titles = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const index = titles.indexOf(wanted);
      for (const row of table.querySelectorAll('tbody tr')) {
        const key = row.querySelector('.pmo-project .pmo-project-meta')?.textContent.split(' · ')[0] ?? '';
        shown[key] = row.querySelectorAll('td')[index]?.textContent.trim() ?? '';
      }
    }
    return shown;
  }, title);
}

async function projectKeysShown(page: Page): Promise<string[]> {
  return page.locator('tbody tr .pmo-project .pmo-project-meta').evaluateAll((cells) => cells.map((cell) => cell.textContent.split(' · ')[0] ?? ''));
}

describe('change control on the portfolio page of the refreshed demo site', () => {
  const suite = useBrowserSuite({ site });
  let projects: readonly PortfolioProjectDto[] = [];
  let slipper: PortfolioProjectDto;

  beforeAll(async () => {
    await ensureAnUncontrolledSlip(suite);
    projects = await portfolioAs(suite, demoUsers.executive.accountId);
    const found = projects.find(slipping);
    if (found === undefined) throw new Error('The refresh kept no change control with an uncontrolled slip in any roll-up.');
    slipper = found;
  });

  it('shows each project its pending changes and uncontrolled slips, or a dash with the reason, never a made-up 0', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    const pendingShown = await columnShown(page, 'Pending changes');
    const slipsShown = await columnShown(page, 'Uncontrolled slips');
    for (const project of projects) {
      const summary = project.changeControl;
      const key = keyOf(project);
      if (summary === null) {
        expect([key, pendingShown[key], slipsShown[key]]).toEqual([
          key,
          expect.stringMatching(/^—Not computed yet/),
          expect.stringMatching(/^—Not computed yet/),
        ]);
        continue;
      }
      const waited = summary.oldestPendingDays;
      expect([key, pendingShown[key]]).toEqual([
        key,
        expect.stringMatching(new RegExp(`^${summary.pending}${summary.pending > 0 && waited !== null ? `, oldest ${waited} days?` : ''}`)),
      ]);
      if (summary.baselineVersion === null) expect([key, slipsShown[key]]).toEqual([key, expect.stringMatching(/^—No approved baseline/)]);
      else expect([key, slipsShown[key]]).toEqual([key, expect.stringMatching(new RegExp(`^${summary.uncontrolledSlips}( slips?)?`))]);
    }
    // A dash's reason comes with it on keyboard focus, not only on hover.
    expect(projects.some((project) => project.changeControl?.baselineVersion === null)).toBe(true);
    await page.locator('.pmo-unknown').first().focus();
    expect(await page.getByRole('tooltip').textContent()).toMatch(/^(Change control is worked out|Slips are counted against an approved baseline)/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a project’s uncontrolled slips from the keyboard, each with the approved date, the current one and the days late', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    const row = page.locator('tbody tr', { has: page.getByText(keyOf(slipper), { exact: true }) });
    const disclosure = row.locator('details.pmo-slips');
    const toggle = disclosure.locator('summary');
    await toggle.waitFor();
    expect(await toggle.evaluate((summary) => summary.tabIndex)).toBeGreaterThanOrEqual(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await disclosure.locator('li').first().waitFor();
    const first = slipper.changeControl?.slips[0];
    expect(first).toBeDefined();
    expect(await disclosure.locator('li').first().textContent()).toBe(
      `${first?.itemKey} ${first?.kind}: approved ${first?.approvedDue}, now ${first?.currentDue} (${first?.daysLate} ${first?.daysLate === 1 ? 'day' : 'days'} late)`,
    );
    await page.keyboard.press('Enter');
    expect(await disclosure.evaluate((details) => (details instanceof HTMLDetailsElement ? details.open : null))).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each<[string, string[], (project: PortfolioProjectDto) => boolean]>([
    ['Has pending changes', ['Has pending changes'], pending],
    ['Has uncontrolled slips', ['Has uncontrolled slips'], slipping],
    ['both filters at once', ['Has pending changes', 'Has uncontrolled slips'], (project) => pending(project) && slipping(project)],
  ])('narrows the tables with %s, and shows every project again when unticked', async (_what, labels, keeps) => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    for (const label of labels) await page.getByRole('checkbox', { name: label }).check();
    const expected = projects.filter(keeps).map(keyOf).sort();
    await page.getByText(`Showing ${expected.length} of ${projects.length} projects.`).waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(expected);
    for (const label of labels) await page.getByRole('checkbox', { name: label }).uncheck();
    await page.getByText(`Showing ${projects.length} of ${projects.length} projects.`).waitFor();
    await page.close();
  });

  it('exports the change control columns to CSV for the projects shown', async () => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('checkbox', { name: 'Has uncontrolled slips' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(
      /,Change control,Approved baseline version,Pending changes,Oldest pending change \(days\),Uncontrolled slips,Uncontrolled slip items,Budget beyond baseline,Scope beyond baseline,From intake$/,
    );
    expect(lines).toHaveLength(projects.filter(slipping).length + 1);
    const summary = slipper.changeControl;
    expect(lines.find((line) => line.includes(`,${keyOf(slipper)},`))).toContain(
      `,approved baseline v${summary?.baselineVersion},${summary?.baselineVersion},${summary?.pending},${summary?.oldestPendingDays ?? ''},${summary?.uncontrolledSlips},`,
    );
    await page.close();
  });

  it('has no serious or critical accessibility violations, with the slips open and with a filter ticked, and saves a screenshot', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    await page
      .locator('tbody tr', { has: page.getByText(keyOf(slipper), { exact: true }) })
      .locator('details.pmo-slips summary')
      .click();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio change control')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio-change-control.png'), fullPage: true });
    await page.getByRole('checkbox', { name: 'Has pending changes' }).check();
    await page.getByText(`Showing ${projects.filter(pending).length} of ${projects.length} projects.`).waitFor();
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio change control, filtered')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('counts nothing of the hidden project for the restricted user, in the columns or behind the filters', async () => {
    const visible = await portfolioAs(suite, demoUsers.restricted.accountId);
    expect(visible.map(keyOf)).not.toContain(demoHiddenProjectKey);
    const { page, problems } = await openPortfolio(suite, demoUsers.restricted.accountId);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('checkbox', { name: 'Has pending changes' }).check();
    const expected = visible.filter(pending).map(keyOf).sort();
    await page.getByText(`Showing ${expected.length} of ${visible.length} projects.`).waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(expected);
    expect(await page.content()).not.toMatch(new RegExp(`\\b${demoHiddenProjectKey}\\b`));
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio change control')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
