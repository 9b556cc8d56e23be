/**
 * The portfolio page's Intake and Capacity tabs in a real browser, on the demo site: the admin decides a proposal and
 * tries a what-if, a user who may not decide sees the board with no forms, and the restricted user finds no trace of
 * the confidential project. State the demo does not hold (intake settings, capacities) is set through the resolvers,
 * as the admin, on the demo's clock.
 */
import { join } from 'node:path';
import type { CapacityDto, CapacitySettingsDto } from '../../src/contract/capacity-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

jest.setTimeout(240_000);

const suite = useBrowserSuite();

async function ask<T>(functionKey: string, accountId: string, payload: object = {}): Promise<T> {
  const answer = (await suite.app.invokeResolver({
    functionKey,
    payload,
    accountId,
    moduleKey: moduleKeys.portfolio,
    extension: { type: 'jira:globalPage' },
  })) as Envelope<T>;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.message}`);
  return answer.data;
}

const boardAs = (accountId: string): Promise<IntakeBoardDto> => ask<IntakeBoardDto>('getIntakeBoard', accountId);

/** Names an intake project when the demo has none, and sets a capacity for the first program when none is set. */
async function ensureIntakeAndCapacity(): Promise<void> {
  const admin = demoUsers.admin.accountId;
  const board = await boardAs(admin);
  if (board.settings.projectKeys.length === 0) {
    const project = suite.site.projects.find((candidate) => candidate.key !== demoHiddenProjectKey);
    if (project !== undefined) await ask('saveIntakeSettings', admin, { settings: { ...board.settings, projectKeys: [project.key] } });
  }
  const capacity = await ask<CapacityDto>('getCapacity', admin);
  const program = capacity.heatMap.rows[0]?.program;
  if ((capacity.settings?.version ?? 0) === 0 && program !== undefined) {
    const byQuarter = Object.fromEntries(capacity.heatMap.quarters.map((quarter) => [quarter, 40]));
    await ask<CapacitySettingsDto>('saveCapacity', admin, { capacities: [{ program, unit: 'story-points', byQuarter }], expectedVersion: 0 });
  }
}

const openPortfolio = (accountId: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKeys.portfolio, accountId, { viewport: { width: 1600, height: 1100 }, heading: 'PMO portfolio' });

async function openTab(opened: OpenedPage, name: 'Intake' | 'Capacity'): Promise<void> {
  await opened.page.getByRole('tab', { name }).click();
  await opened.page.getByRole('heading', { level: 2, name }).waitFor();
  await opened.page.waitForFunction(() => !/Loading (the intake board|capacity|the proposals)/.test(document.body.textContent));
}

describe('the portfolio page intake and capacity tabs', () => {
  beforeAll(ensureIntakeAndCapacity);

  it('lets the admin reach the tabs by keyboard, decide a proposal with a reason, and try a what-if', async () => {
    const opened = await openPortfolio(demoUsers.admin.accountId);
    const { page, problems } = opened;
    await page.getByRole('tab', { name: 'Portfolio' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Intake' }).getAttribute('aria-selected')).toBe('true');
    await openTab(opened, 'Intake');
    const board = await boardAs(demoUsers.admin.accountId);
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio-intake')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio-intake.png'), fullPage: true });
    const open = board.proposals.find(
      (proposal) => proposal.canDecide && !proposal.decidedByWorkflow && (proposal.stage === 'submitted' || proposal.stage === 'screening'),
    );
    if (board.proposals.length === 0) {
      await page.getByText('No proposals yet: name the intake projects on the admin page.').waitFor();
    } else {
      const table = page.getByRole('table');
      for (const proposal of board.proposals) expect(await table.textContent()).toContain(proposal.breakdown);
      if (board.proposals.some((proposal) => proposal.tied)) expect(await table.textContent()).toContain('(tied)');
    }
    if (open !== undefined) {
      await page.getByRole('button', { name: `Decide ${open.key}` }).click();
      const form = page.getByRole('form', { name: `Decide ${open.key}` });
      await form.getByRole('radio', { name: 'Deferred' }).check();
      await form.getByRole('button', { name: `Record decision on ${open.key}` }).click();
      await form.getByText('Deferred needs a reason').waitFor();
      expect(await form.getByRole('textbox', { name: /^Reason/ }).evaluate((el) => el === document.activeElement)).toBe(true);
      await form.getByRole('textbox', { name: /^Reason/ }).fill('Not this year: the programs are full.');
      await form.getByRole('button', { name: `Record decision on ${open.key}` }).click();
      await page.getByText(`Recorded: ${open.key} deferred.`).waitFor();
      const row = page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${open.key} `) }) });
      expect(await row.textContent()).toContain(`Deferred by ${demoUsers.admin.displayName}`);
      expect((await boardAs(demoUsers.admin.accountId)).proposals.find((proposal) => proposal.key === open.key)?.stage).toBe('deferred');
    }

    await openTab(opened, 'Capacity');
    const capacity = await ask<CapacityDto>('getCapacity', demoUsers.admin.accountId);
    const heat = page.getByRole('table', { name: /Demand \/ capacity per program and quarter/ });
    if (capacity.heatMap.rows.length > 0) {
      await heat.waitFor();
      expect(await heat.textContent()).toMatch(/\d+(\.\d)? \/ (\d+(\.\d)? \(\d+%\)|no capacity)/);
    }
    // The program with the most room this quarter: 500 points more must turn it red.
    const roomiest = [...capacity.heatMap.rows]
      .map((row) => ({ program: row.program, load: row.cells.find((cell) => cell.quarter === capacity.currentQuarter)?.load ?? null }))
      .filter((row): row is { program: string; load: number } => row.load !== null)
      .sort((a, b) => a.load - b.load)[0];
    // A candidate of that program (or of none, given it here); the what-if starts from the candidate's own plan.
    const candidate = (await boardAs(demoUsers.admin.accountId)).proposals.find(
      (proposal) => (proposal.stage === 'submitted' || proposal.stage === 'screening') && (proposal.program === null || proposal.program === roomiest?.program),
    );
    const box = candidate === undefined ? page.getByRole('checkbox').first() : page.getByRole('checkbox', { name: new RegExp(`^${candidate.key} `) });
    if ((await box.count()) > 0) {
      await box.focus();
      await page.keyboard.press('Space');
      const programField = page.getByLabel(/^Program of /);
      if ((await programField.count()) > 0 && roomiest !== undefined) {
        await programField.press('ArrowDown');
        await page.getByRole('option', { name: roomiest.program, exact: true }).click();
      }
      await page.getByRole('textbox', { name: /^Estimate of / }).fill('500');
      await page.getByRole('textbox', { name: /^Quarter of / }).fill(capacity.currentQuarter);
      const changes = page.getByRole('list', { name: 'Quarters the scenario changes' });
      if (roomiest === undefined)
        await page
          .getByText(/change no quarter's colour|No capacity set, so not checked/)
          .first()
          .waitFor();
      else expect(await changes.textContent()).toMatch(new RegExp(`pushes ${roomiest.program} ${capacity.currentQuarter} from \\w+ [\\d.]+ to red`));
    }
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio-capacity')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio-capacity.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a user who may not decide the ranked board and the heat map with no form', async () => {
    const accountId = demoUsers.executive.accountId;
    const opened = await openPortfolio(accountId);
    await openTab(opened, 'Intake');
    const board = await boardAs(accountId);
    const allowed = board.proposals.filter((proposal) => proposal.canDecide).length;
    expect(allowed).toBe(0);
    expect(await opened.page.getByRole('button', { name: /^(Decide|Score) / }).count()).toBe(0);
    expect(await seriousAxeViolations(opened.page.mainFrame(), 'portfolio-intake-viewer')).toEqual([]);
    await openTab(opened, 'Capacity');
    expect(await opened.page.getByRole('form').count()).toBe(0);
    expect(await seriousAxeViolations(opened.page.mainFrame(), 'portfolio-capacity-viewer')).toEqual([]);
    expect(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('leaves the restricted user no trace of the confidential project on either tab', async () => {
    const opened = await openPortfolio(demoUsers.restricted.accountId);
    const hidden = suite.site.projects.find((project) => project.key === demoHiddenProjectKey);
    const hiddenWords = [`${demoHiddenProjectKey}-`, `(${demoHiddenProjectKey})`, ...(hidden === undefined ? [] : [hidden.name])];
    for (const tab of ['Intake', 'Capacity'] as const) {
      await openTab(opened, tab);
      const text = (await opened.page.locator('body').textContent()) ?? '';
      for (const word of hiddenWords) expect(text).not.toContain(word);
      expect(await seriousAxeViolations(opened.page.mainFrame(), `portfolio-${tab.toLowerCase()}-restricted`)).toEqual([]);
    }
    expect(opened.problems).toEqual([]);
    await opened.page.close();
  });
});
