/**
 * The executive status report's intake section in a real browser, on the demo site: proposals decided in the period
 * (one deferred through the app's resolver on the demo's clock just before), the top-ranked waiting ones and the
 * capacity heat map, as the executive and as the restricted user; axe-checked, with a screenshot for the docs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

jest.setTimeout(180_000);

const captions = ['Intake: decided in the period', 'Intake: top-ranked waiting', 'Intake: capacity by program and quarter'] as const;

/** A captioned table of the intake section: its body rows as cell texts (row headers included). */
async function tableOf(page: Page, caption: string): Promise<string[][]> {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent.replace(/\s+/gu, ' ').trim())));
}

describe('the status report’s intake section on the demo site', () => {
  const suite = useBrowserSuite();
  let deferred: string | null = null;

  const ask = async <T>(functionKey: string, payload: unknown): Promise<Envelope<T>> =>
    (await suite.app.invokeResolver({
      functionKey,
      payload,
      accountId: demoUsers.admin.accountId,
      moduleKey: moduleKeys.portfolio,
      extension: { type: 'jira:globalPage' },
    })) as Envelope<T>;
  const open = (accountId: string, view: 'macro' | 'config'): Promise<OpenedPage> =>
    suite.openSurface(moduleKeys.reportMacro, accountId, {
      query: view === 'config' ? { view: 'config' } : {},
      heading: view === 'config' ? 'Report settings' : 'Executive status report',
      viewport: { width: 1400, height: 1000 },
    });
  const openIntake = async (accountId: string): Promise<OpenedPage> => {
    const opened = await open(accountId, 'macro');
    await opened.page.getByRole('heading', { level: 2, name: 'Intake', exact: true }).waitFor();
    return opened;
  };

  beforeAll(async () => {
    // A macro saved before the section existed lists its sections and so shows intake only once re-saved with it.
    const { page, problems } = await open(demoUsers.executive.accountId, 'config');
    await page.getByLabel('Whole portfolio').check();
    await page.getByLabel('Period', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Last 30 days' }).click();
    const intake = page.getByRole('checkbox', { name: 'Intake', exact: true });
    if (!(await intake.isChecked())) await intake.check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('heading', { name: 'Settings saved' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();

    // A decision made now, through the resolver the intake board calls, on the demo's clock: the report must show it.
    const board = await ask<IntakeBoardDto>('getIntakeBoard', {});
    const candidates = board.ok ? board.data.proposals.filter((p) => p.stage === 'screening' && p.canDecide && !p.decidedByWorkflow) : [];
    for (const proposal of candidates) {
      suite.advanceClock(60_000);
      const decided = await ask('decideProposal', {
        proposalKey: proposal.key,
        stage: 'deferred',
        reason: 'Revisit after the Q1 capacity review',
        expectedVersion: proposal.decisionVersion,
      });
      if (decided.ok) {
        deferred = proposal.key;
        break;
      }
    }
  });

  it('shows the executive the decision just made, the waiting proposals by rank and the heat map in words, axe clean', async () => {
    const { page, problems } = await openIntake(demoUsers.executive.accountId);
    const decided = await tableOf(page, captions[0]);
    expect(deferred).not.toBeNull();
    expect(decided.find((row) => row[0]?.startsWith(`${deferred ?? '?'} `))).toEqual([
      expect.stringMatching(/^\S+ /u),
      'Deferred',
      demoUsers.admin.displayName,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u),
      'Revisit after the Q1 capacity review',
    ]);

    const waiting = await tableOf(page, captions[1]);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.length).toBeLessThanOrEqual(5);
    const ranks = waiting.map((row) => Number.parseInt(row[0] ?? '', 10)).filter((rank) => Number.isFinite(rank));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const heat = await tableOf(page, captions[2]);
    expect(heat.length).toBeGreaterThan(0);
    // Every cell names its colour in words beside its figures, never by colour alone.
    for (const row of heat) for (const cell of row.slice(1)) expect(cell).toMatch(/^(Green|Amber|Red|No data)\b/u);

    expect(await seriousAxeViolations(page.mainFrame(), 'report-intake')).toEqual([]);
    expect(problems).toEqual([]);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Intake', exact: true }) });
    const box = await section.boundingBox();
    if (box === null) throw new Error('the intake section is not laid out');
    await page.screenshot({
      path: join(suite.screenshotDir, 'report-intake.png'),
      fullPage: true,
      clip: { x: 0, y: box.y - 8, width: 1400, height: Math.min(2400, box.height + 16) },
    });
    await page.close();
  });

  it('shows the restricted user the section with nothing of the project they may not browse, axe clean', async () => {
    const { page, problems } = await openIntake(demoUsers.restricted.accountId);
    const texts = JSON.stringify(await Promise.all(captions.map((caption) => tableOf(page, caption))));
    const hiddenName = suite.site.projects.find((p) => p.key === demoHiddenProjectKey)?.name ?? '(none)';
    expect([texts.includes(`${demoHiddenProjectKey}-`), texts.includes(hiddenName)]).toEqual([false, false]);
    expect(await seriousAxeViolations(page.mainFrame(), 'report-intake-restricted')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
