/**
 * The executive status report macro in a real browser, on the demo site after one daily refresh: its settings set on
 * the config page, then the report as the executive and as the restricted user, and a screenshot for the README; then
 * a report since a named baseline, and what the macro says once that baseline is deleted.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
const hiddenProject = site.projects.find((p) => p.key === demoHiddenProjectKey);

jest.setTimeout(120_000);

/** The cells of each body row of the section's table, as text. */
async function sectionRows(page: Page, title: string): Promise<string[][]> {
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  return section
    .locator('table.pmo-report-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent.trim())));
}

describe('the executive status report macro on the refreshed demo site', () => {
  const suite = useBrowserSuite({ site });

  const open = (accountId: string, view: 'macro' | 'config'): Promise<OpenedPage> =>
    suite.openSurface(moduleKeys.reportMacro, accountId, {
      query: view === 'config' ? { view: 'config' } : {},
      heading: view === 'config' ? 'Report settings' : 'Executive status report',
    });

  /** Saves the settings on the config page, as the page's editor would. */
  const saveSettings = async (choose: (page: Page) => Promise<void>): Promise<void> => {
    const { page, problems } = await open(demoUsers.executive.accountId, 'config');
    await choose(page);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('heading', { name: 'Settings saved' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  };

  const openReport = async (accountId: string, title: string) => {
    const opened = await open(accountId, 'macro');
    await opened.page.getByRole('heading', { level: 2, name: title }).waitFor();
    return opened;
  };

  beforeAll(async () => {
    await saveSettings(async (page) => {
      await page.getByLabel('Whole portfolio').check();
      // The period is an @atlaskit select: opened from the keyboard, as a keyboard user would.
      await page.getByLabel('Period', { exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option', { name: 'Last 30 days' }).click();
    });
  });

  it('shows the executive the headline, one table row per project, accomplishments, slipped dates and risks', async () => {
    const { page, problems } = await openReport(demoUsers.executive.accountId, 'Status report: Whole portfolio');
    const headline = page.getByLabel('Headline');
    expect(await headline.locator('.pmo-rag').first().textContent()).toMatch(/^(Red|Amber|Green|No data)/);
    expect(await headline.getByText(`${String(site.projects.length)} projects:`).count()).toBe(1);
    expect((await headline.locator('li').allTextContents()).every((line) => /^(Schedule|Scope|Cost|Risk|Compliance) is (red|amber): /.test(line))).toBe(true);

    const summary = await sectionRows(page, 'Summary by project');
    expect(summary.map((row) => row[0]?.split(' ')[0]).sort()).toEqual(site.projects.map((p) => p.key).sort());
    expect(
      await page
        .locator('section', { has: page.getByRole('heading', { name: 'Summary by project' }) })
        .locator('svg.pmo-sparkline')
        .count(),
    ).toBe(site.projects.length);

    expect((await sectionRows(page, 'Accomplishments')).length).toBeGreaterThan(0);
    const slipped = await sectionRows(page, 'What slipped');
    expect(slipped.length).toBeGreaterThan(0);
    // Every slip shows the date it had when the period began, earlier than the date it has now.
    for (const [, original, current] of slipped) expect((original ?? '') < (current ?? '')).toBe(true);

    const risks = await sectionRows(page, 'Top risks and issues');
    const scores = risks.map((row) => Number(row[2]));
    expect([risks.length > 0, risks.length <= 5, scores.every((s, i) => i === 0 || s <= (scores[i - 1] ?? s))]).toEqual([true, true, true]);
    expect(await page.getByRole('table', { name: 'Open risks by probability and impact' }).isVisible()).toBe(true);
    expect(await page.getByText(/items? not shown/).count()).toBe(0);
    expect(problems).toEqual([]);

    await page.screenshot({ path: join(suite.screenshotDir, 'report-macro.png'), fullPage: true });
    await page.close();
  });

  it('tells the restricted user how many items are not shown, and shows nothing of the hidden project', async () => {
    expect(hiddenProject).toBeDefined();
    const { page, problems } = await openReport(demoUsers.restricted.accountId, 'Status report: Whole portfolio');
    const notShown = await page.getByText(/^\d+ items? not shown: they are in projects you may not browse\.$/).textContent();
    expect(Number(notShown?.split(' ')[0])).toBe(site.issues.filter((issue) => issue.key.startsWith(`${demoHiddenProjectKey}-`)).length);
    const text = await page.locator('main').innerText();
    expect([text.includes(`${demoHiddenProjectKey}-`), text.includes(hiddenProject?.name ?? '(none)')]).toEqual([false, false]);
    expect((await sectionRows(page, 'Summary by project')).length).toBe(site.projects.length - 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('publishes a frozen copy that the executive can open with what changed since, and the restricted user never sees', async () => {
    const { page, problems } = await openReport(demoUsers.executive.accountId, 'Status report: Whole portfolio');
    await page.getByRole('button', { name: 'Publish a frozen copy' }).click();
    const copies = page.getByRole('list', { name: 'Frozen copies of this report' });
    await copies.getByText(`by ${demoUsers.executive.displayName}`).first().waitFor();
    await copies
      .getByRole('button', { name: /^Open the copy of / })
      .first()
      .click();
    const frozen = page.getByLabel('Frozen copy', { exact: true });
    await frozen.getByRole('heading', { level: 3, name: new RegExp(`^Frozen copy published .* by ${demoUsers.executive.displayName}$`) }).waitFor();
    expect(await frozen.getByRole('list', { name: 'Changes since the frozen copy' }).locator('li').first().textContent()).toMatch(
      /^Overall: \w+ then, \w+ now\.$/,
    );
    expect(await frozen.getByRole('heading', { level: 2, name: 'Status report: Whole portfolio' }).count()).toBe(1);
    expect(await seriousAxeViolations(page.mainFrame(), 'report-macro')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();

    const restricted = await openReport(demoUsers.restricted.accountId, 'Status report: Whole portfolio');
    await restricted.page.getByText('No frozen copy yet.').waitFor();
    await restricted.page.close();
  });

  it('reports on the programs chosen on the config page only', async () => {
    const program = site.projects.find((p) => p.key !== demoHiddenProjectKey)?.projectCategory?.name ?? '';
    await saveSettings(async (page) => {
      await page.getByLabel('Chosen programs').check();
      await page.getByRole('checkbox', { name: program, exact: true }).check();
    });
    const { page } = await openReport(demoUsers.executive.accountId, `Status report: Program ${program}`);
    const keys = (await sectionRows(page, 'Summary by project')).map((row) => row[0]?.split(' ')[0]).sort();
    expect(keys).toEqual(
      site.projects
        .filter((p) => p.projectCategory?.name === program)
        .map((p) => p.key)
        .sort(),
    );
    expect(await seriousAxeViolations(page.mainFrame(), 'report-macro')).toEqual([]);
    await page.close();
  });

  describe('since a named baseline', () => {
    /** The name of the button that opens the copy published since the baseline. */
    let sinceBaselineCopy = '';
    const baselineName = 'Steering committee 2026-11';
    const asAdmin = (functionKey: string, payload: unknown) =>
      suite.app.invokeResolver({ functionKey, payload, accountId: demoUsers.admin.accountId, moduleKey: moduleKeys.admin, extension: {} });

    it('reports since the baseline the executive chose on the config page, naming it in the period and the trends', async () => {
      expect(await asAdmin('takeBaseline', { name: baselineName })).toMatchObject({ ok: true });
      await saveSettings(async (page) => {
        await page.getByLabel('Whole portfolio').check();
        await page.getByLabel('Period', { exact: true }).focus();
        await page.keyboard.press('ArrowDown');
        const option = page.getByRole('option', { name: new RegExp(`^Since baseline: ${baselineName} \\(\\d{4}-\\d{2}-\\d{2}\\)$`) });
        await option.waitFor();
        expect(await page.getByRole('option').allTextContents()).toEqual([
          'Last 7 days',
          'Last 14 days',
          'Last 30 days',
          expect.stringMatching(/^Since baseline: /),
        ]);
        await page.screenshot({ path: join(suite.screenshotDir, 'report-macro-config-baseline.png') });
        await option.click();
      });
      const { page, problems } = await openReport(demoUsers.executive.accountId, 'Status report: Whole portfolio');
      await page.getByText(new RegExp(`^Period: since the baseline “${baselineName}” \\(\\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}\\)\\.$`)).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: `Trends since the baseline “${baselineName}”`, exact: true }).count()).toBe(1);
      expect(await page.getByRole('heading', { level: 2, name: 'Trends since the previous snapshot' }).count()).toBe(0);
      expect(await page.getByRole('term').filter({ hasText: 'Period' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe(
        `Since baseline: ${baselineName}`,
      );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await seriousAxeViolations(page.mainFrame(), 'report-macro')).toEqual([]);
      await page.screenshot({ path: join(suite.screenshotDir, 'report-macro-baseline.png') });

      const copies = page.getByRole('list', { name: 'Frozen copies of this report' }).getByRole('listitem');
      await copies.first().waitFor();
      const before = await copies.count();
      // Published a minute after the earlier copy, so the two are told apart by their time.
      suite.advanceClock(60_000);
      sinceBaselineCopy = `Open the copy of ${suite.now().toISOString().slice(0, 16).replace('T', ' ')} UTC by Richard Hale`;
      await page.getByRole('button', { name: 'Publish a frozen copy' }).click();
      await page.getByRole('button', { name: sinceBaselineCopy }).waitFor();
      expect(await copies.count()).toBe(before + 1);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('once the baseline is deleted, tells the reader to pick another period and no longer compares the frozen copy', async () => {
      const listed = (await asAdmin('listBaselines', {})) as { ok: true; data: { baselines: { id: string; name: string }[] } };
      const id = listed.data.baselines.find((b) => b.name === baselineName)?.id ?? 'none';
      expect(await asAdmin('deleteBaseline', { id })).toMatchObject({ ok: true });

      const { page, problems } = await open(demoUsers.executive.accountId, 'macro');
      await page.getByRole('heading', { name: 'Could not build the report' }).waitFor();
      expect(await page.getByText(/Edit this macro to choose another period\.$/).count()).toBe(1);
      await page.getByRole('button', { name: sinceBaselineCopy }).click();
      const frozenCopy = page.getByLabel('Frozen copy', { exact: true });
      await frozenCopy.getByText(/^This frozen report cannot be compared with today.s: its baseline was deleted\.$/).waitFor();
      expect(await page.getByRole('list', { name: 'Changes since the frozen copy' }).count()).toBe(0);
      expect(await seriousAxeViolations(page.mainFrame(), 'report-macro')).toEqual([]);
      await page.close();

      const config = await open(demoUsers.executive.accountId, 'config');
      await config.page.getByText(`Deleted baseline: ${baselineName}`).waitFor();
      await config.page.getByRole('button', { name: 'Save settings' }).click();
      expect(
        await config.page
          .getByRole('alert')
          .filter({ hasText: `The baseline “${baselineName}” was deleted. Choose another period.` })
          .count(),
      ).toBe(1);
      expect(await config.page.getByRole('heading', { name: 'Settings saved' }).count()).toBe(0);
      expect([...problems, ...config.problems]).toEqual([]);
      await config.page.close();
    });
  });
});
