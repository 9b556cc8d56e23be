/**
 * The executive status report's change-control sections in a real browser, on the demo site after one daily refresh:
 * changes in the period, decisions made, uncontrolled slips and variance against the approved baselines, as the
 * executive (with a change deferred through the app's resolver on the demo's clock just before), as the project
 * manager and as the restricted user; axe-checked, with a screenshot for the docs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import type { ChangeControlDto } from '../../src/contract/change-control-dto';
import type { Envelope } from '../../src/contract/envelope';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

jest.setTimeout(120_000);

const sections = ['Changes in the period', 'Decisions made', 'Uncontrolled slips', 'Variance against the approved baseline'] as const;

/** The section under a level-2 heading: its body rows as cell texts, and its "nothing to report" or note lines. */
async function sectionOf(page: Page, title: string): Promise<{ rows: string[][]; lines: string[] }> {
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  const rows = await section
    .locator('table.pmo-report-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  return { rows, lines: await section.locator('p.pmo-report-empty').allTextContents() };
}

describe('the status report’s change control on the demo site', () => {
  const suite = useBrowserSuite();
  let deferred: { key: string; projectKey: string } | null = null;

  const open = (accountId: string, view: 'macro' | 'config'): Promise<OpenedPage> =>
    suite.openSurface(moduleKeys.reportMacro, accountId, {
      query: view === 'config' ? { view: 'config' } : {},
      heading: view === 'config' ? 'Report settings' : 'Executive status report',
    });
  const openReport = async (accountId: string): Promise<OpenedPage> => {
    const opened = await open(accountId, 'macro');
    await opened.page.getByRole('heading', { level: 2, name: 'Status report: Whole portfolio' }).waitFor();
    return opened;
  };
  const invoke = async <T>(functionKey: string, payload: unknown, projectKey: string): Promise<Envelope<T>> =>
    (await suite.app.invokeResolver({
      functionKey,
      payload,
      accountId: demoUsers.admin.accountId,
      moduleKey: moduleKeys.projectPage,
      extension: { type: 'jira:projectPage', project: { key: projectKey } },
    })) as Envelope<T>;

  beforeAll(async () => {
    const { page, problems } = await open(demoUsers.executive.accountId, 'config');
    await page.getByLabel('Whole portfolio').check();
    await page.getByLabel('Period', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Last 30 days' }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('heading', { name: 'Settings saved' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();

    // A decision made now, through the resolver the project page calls, on the demo's clock: the report must show it.
    for (const project of suite.site.projects.filter((p) => p.key !== demoHiddenProjectKey)) {
      const answer = await invoke<ChangeControlDto>('getChangeControl', { projectKey: project.key }, project.key);
      const change = answer.ok ? answer.data.changes.find((c) => answer.data.pending.some((p) => p.key === c.key)) : undefined;
      if (change === undefined) continue;
      suite.advanceClock(60_000);
      const decided = await invoke(
        'decideChange',
        { changeKey: change.key, outcome: 'deferred', expectedVersion: change.decisionVersion, reason: 'Revisit at the next board' },
        project.key,
      );
      if (decided.ok) {
        deferred = { key: change.key, projectKey: project.key };
        break;
      }
    }
  });

  it('shows the executive changes per project and in total, the decision just made, uncontrolled slips and variance', async () => {
    const { page, problems } = await openReport(demoUsers.executive.accountId);
    for (const title of sections) await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();

    const changes = await sectionOf(page, 'Changes in the period');
    expect(changes.rows.at(-1)?.[0]).toBe('All projects');
    expect(
      changes.rows
        .slice(0, -1)
        .map((row) => row[0]?.split(' ')[0])
        .sort(),
    ).toEqual(suite.site.projects.map((p) => p.key).sort());
    // The total row is the sum of the project rows, column by column (approved, rejected, deferred, pending).
    for (const column of [1, 2, 3, 6]) {
      const sum = changes.rows.slice(0, -1).reduce((total, row) => total + Number(row[column]), 0);
      expect(Number(changes.rows.at(-1)?.[column])).toBe(sum);
    }

    const decisions = await sectionOf(page, 'Decisions made');
    expect(deferred).not.toBeNull();
    expect(decisions.rows.find((row) => row[0]?.startsWith(`${deferred?.key ?? '?'} `))).toEqual([
      expect.stringMatching(/^\S+ /u),
      'Change deferred',
      demoUsers.admin.displayName,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
    ]);

    const slips = await sectionOf(page, 'Uncontrolled slips');
    // Each slip is later than its approved date; a roll-up not computed yet says so, and is never shown as zero.
    for (const row of slips.rows.filter((r) => r[1] !== 'not computed yet')) expect((row[1] ?? '') < (row[2] ?? '')).toBe(true);
    expect(slips.rows.length > 0 || slips.lines.some((line) => /^No uncontrolled slip/u.test(line))).toBe(true);

    const variance = await sectionOf(page, 'Variance against the approved baseline');
    expect(variance.rows.length > 0 || variance.lines.length > 0).toBe(true);
    for (const row of variance.rows) expect(row).toHaveLength(6);

    expect(await seriousAxeViolations(page.mainFrame(), 'report-change-control')).toEqual([]);
    expect(problems).toEqual([]);
    // The four sections follow one another: the picture runs from the first one's top to the last one's bottom.
    const boxes = await Promise.all(
      ['Uncontrolled slips', 'Decisions made'].map((title) =>
        page.locator('section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) }).boundingBox(),
      ),
    );
    const [top, bottom] = boxes;
    if (top === undefined || top === null || bottom === undefined || bottom === null) throw new Error('the change-control sections are not laid out');
    await page.screenshot({
      path: join(suite.screenshotDir, 'report-change-control.png'),
      fullPage: true,
      clip: { x: 0, y: top.y - 8, width: 1400, height: Math.min(2400, bottom.y + bottom.height - top.y + 16) },
    });
    await page.close();
  });

  it('shows the project manager the same sections, axe clean', async () => {
    const { page, problems } = await openReport(demoUsers.pm.accountId);
    for (const title of sections) await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
    expect((await sectionOf(page, 'Changes in the period')).rows.at(-1)?.[0]).toBe('All projects');
    expect(await seriousAxeViolations(page.mainFrame(), 'report-change-control-pm')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the restricted user the sections with nothing of the hidden project', async () => {
    const { page, problems } = await openReport(demoUsers.restricted.accountId);
    for (const title of sections) await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
    const texts = await Promise.all(sections.map(async (title) => JSON.stringify(await sectionOf(page, title))));
    const hiddenName = suite.site.projects.find((p) => p.key === demoHiddenProjectKey)?.name ?? '(none)';
    expect(texts.filter((text) => text.includes(`${demoHiddenProjectKey}-`) || text.includes(`${demoHiddenProjectKey} `) || text.includes(hiddenName))).toEqual(
      [],
    );
    const changes = await sectionOf(page, 'Changes in the period');
    expect(changes.rows.slice(0, -1).map((row) => row[0]?.split(' ')[0])).not.toContain(demoHiddenProjectKey);
    expect(await seriousAxeViolations(page.mainFrame(), 'report-change-control-restricted')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
