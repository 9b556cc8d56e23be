/**
 * The portfolio page in a real browser, on the demo site after one daily refresh: every project with its colours for
 * the executive, no trace of the confidential project for the restricted user, filters, sorting, the CSV export, and
 * the refresh from an empty portfolio with its progress.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type BrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
// The demo's intake project holds proposals, not delivery work: the portfolio names it and shows it on the Intake tab.
const projects = site.projects.filter((p) => p.key !== demoIntakeProject.key);
const hiddenProject = site.projects.find((p) => p.key === demoHiddenProjectKey);
const ragWords = /^(Red|Amber|Green|No data)$/;

jest.setTimeout(120_000);

const openPortfolio = (suite: BrowserSuite, accountId: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKeys.portfolio, accountId, { viewport: { width: 1600, height: 1000 }, heading: 'PMO portfolio' });

/** The project keys in every table body row, in page order. */
async function projectKeysShown(page: Page): Promise<string[]> {
  return page.locator('tbody tr .pmo-project .pmo-project-meta').evaluateAll((cells) => cells.map((cell) => cell.textContent.split(' · ')[0] ?? ''));
}

describe('the portfolio page on the refreshed demo site', () => {
  const suite = useBrowserSuite({ site });

  it('shows the executive every project, grouped by program, each with an overall and five dimension lozenges', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(projects.map((p) => p.key).sort());
    // Named programs in order; the intake project, in no program, is left out, so no "No program" group shows.
    const programs = [...new Set(projects.flatMap((p) => (p.projectCategory === undefined ? [] : [p.projectCategory.name])))].sort();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Portfolio totals', ...programs]);
    for (const row of await page.locator('tbody tr').all()) {
      const lozenges = await row.locator('.pmo-rag').evaluateAll((els) => els.map((el) => el.firstElementChild?.textContent ?? ''));
      expect(lozenges).toHaveLength(6);
      for (const word of lozenges) expect(word).toMatch(ragWords);
    }
    expect(await page.getByText(/^As of /).isVisible()).toBe(true);
    expect(await page.getByLabel('Portfolio totals').getByText('Projects', { exact: true }).locator('..').textContent()).toBe(`Projects ${projects.length}`);
    await page.getByText(`Intake projects (${demoIntakeProject.key}) are on the Intake tab`, { exact: false }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('gives each colour its reason in words, and each sparkline a label', async () => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    const firstRow = page.locator('tbody tr').first();
    await firstRow.waitFor();
    const hidden = await firstRow.locator('.pmo-rag .pmo-visually-hidden').allTextContents();
    expect(hidden).toHaveLength(6);
    for (const reason of hidden) expect(reason.length).toBeGreaterThan(': '.length + 5);
    expect(await firstRow.getByRole('img').getAttribute('aria-label')).toMatch(/^Progress (history of 1 day|over \d+ days)/);
    await page.close();
  });

  it('sorts a program by overall colour through the column header, worst first', async () => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    const table = page.getByRole('table').first();
    await table.locator('tbody tr').first().waitFor();
    await table.locator('thead').getByRole('button', { name: 'Overall' }).click();
    const order = { Red: 0, Amber: 1, Green: 2, 'No data': 3 } as const;
    const words = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('.pmo-rag')?.firstElementChild?.textContent ?? ''));
    const ranks = words.map((word) => (word in order ? order[word as keyof typeof order] : 9));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    await page.close();
  });

  it('narrows the tables to one program with the labelled program filter', async () => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    const program = projects[0]?.projectCategory?.name ?? '';
    await page.getByRole('combobox', { name: 'Program' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: program, exact: true }).click();
    const expected = projects
      .filter((p) => p.projectCategory?.name === program)
      .map((p) => p.key)
      .sort();
    await page.getByText(`Showing ${expected.length} of ${projects.length} projects.`).waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(expected);
    await page.close();
  });

  it('downloads the shown projects as CSV', async () => {
    const { page } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const path = await download.path();
    const text = (await import('node:fs')).readFileSync(path, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Program,Project key,Project,Lead,Overall RAG/);
    expect(lines).toHaveLength(projects.length + 1);
    await page.close();
  });

  it('has no serious or critical accessibility violations, and saves a screenshot', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.locator('tbody tr').first().waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps every trace of the hidden project from the restricted user', async () => {
    expect(hiddenProject).toBeDefined();
    const { page, problems } = await openPortfolio(suite, demoUsers.restricted.accountId);
    await page.locator('tbody tr').first().waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(
      projects
        .filter((p) => p.key !== demoHiddenProjectKey)
        .map((p) => p.key)
        .sort(),
    );
    const html = await page.content();
    expect(html).not.toMatch(new RegExp(`\\b${demoHiddenProjectKey}\\b`));
    expect(html).not.toContain(hiddenProject?.name ?? 'the hidden project');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = (await import('node:fs')).readFileSync(await download.path(), 'utf8');
    expect(csv).not.toMatch(new RegExp(`\\b${demoHiddenProjectKey}\\b`));
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the portfolio page before any refresh', () => {
  const suite = useBrowserSuite({ site, refresh: false });

  it('shows the empty state, and fills in after Refresh now', async () => {
    const { page, problems } = await openPortfolio(suite, demoUsers.executive.accountId);
    await page.getByRole('heading', { level: 2, name: 'Nothing refreshed yet' }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    await page.getByRole('button', { name: 'Refresh now' }).click();
    // Progress shows while the refresh runs, and the page fills in when the last project is done.
    await page
      .locator('tbody tr')
      .nth(projects.length - 1)
      .waitFor({ timeout: 60_000 });
    await page.getByText(/^As of \d/).waitFor();
    expect((await projectKeysShown(page)).sort()).toEqual(projects.map((p) => p.key).sort());
    expect(await page.getByText(/\d+ of \d+ projects refreshed/).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
