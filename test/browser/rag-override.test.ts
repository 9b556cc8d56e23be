/**
 * Colours set by hand, in a real browser on the demo site after one daily refresh: the PMO administrator sets the
 * CORE project's Cost colour with a reason and a last day, the table and the portfolio show it with who, until when
 * and why, and it is cleared after a confirmation; the executive reads the colours but cannot change them, in the page
 * or through the bridge.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { demoUsers } from '../../local/demo/demo-users';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { chooseDay } from './choose-day';
import { chooseOption } from './choose-option';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const projectKey = 'CORE';
const dayMs = 86_400_000;
/** The app checks the last day against its clock, the demo's. */
const lastDay = new Date(demoNow.getTime() + 30 * dayMs).toISOString().slice(0, 10);
const reason = 'Vendor credit of 40k agreed at the steering committee';

jest.setTimeout(120_000);

const suite = useBrowserSuite();

async function openProjectPage(accountId: string): Promise<OpenedPage & { panel: Locator }> {
  const { page, problems } = await suite.openSurface(moduleKeys.projectPage, accountId, { query: { project: projectKey } });
  const panel = page.getByRole('region', { name: 'Project colours' });
  await panel.getByRole('table', { name: 'Computed colours and colours set by hand' }).waitFor();
  return { page, panel, problems };
}

/** The row of one target ("Cost") in the colours table. */
function colourRow(panel: Locator, label: string): Locator {
  return panel.locator('tbody tr').filter({ has: panel.page().getByRole('rowheader', { name: label, exact: true }) });
}

/** The lozenge words, hidden reasons and "set by hand" marks of the project's row in the portfolio, overall first. */
async function portfolioColours(): Promise<{ words: string[]; reasons: string[]; byHand: boolean[] }> {
  const { page } = await suite.openSurface(moduleKeys.portfolio, demoUsers.executive.accountId, { viewport: { width: 1600, height: 1000 } });
  const row = page.locator('tbody tr').filter({ has: page.locator('.pmo-project-meta', { hasText: new RegExp(`^${projectKey}( · |$)`) }) });
  await row.waitFor();
  const words = await row.locator('.pmo-rag').evaluateAll((els) => els.map((el) => el.firstElementChild?.textContent ?? ''));
  const reasons = await row.locator('.pmo-rag .pmo-visually-hidden').allTextContents();
  const byHand = await row.locator('.pmo-rag').evaluateAll((els) => els.map((el) => el.querySelector('.pmo-set-by-hand')?.textContent === 'set by hand'));
  await page.close();
  return { words, reasons, byHand };
}

/** A resolver call straight through the frame's bridge, as a crafted request would arrive. */
function invokeThroughBridge(page: Page, functionKey: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([key, body]) => {
      const bridge = (globalThis as unknown as { __bridge: { callBridge: (name: string, args: unknown) => Promise<unknown> } }).__bridge;
      return bridge.callBridge('invoke', { functionKey: key, payload: body });
    },
    [functionKey, payload] as const,
  );
}

describe('colours set by hand on the refreshed demo site', () => {
  /** The Cost colour the roll-up computed, and a different one to set by hand. */
  let computedCost = '';
  let setCost = '';

  it('lists the overall colour and the five dimensions with their computed colours and reasons, none set by hand', async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    expect(await panel.getByRole('rowheader').allTextContents()).toEqual(['Overall', 'Schedule', 'Scope', 'Cost', 'Risk', 'Compliance']);
    for (const row of await panel.locator('tbody tr').all()) {
      expect(await row.locator('td').nth(0).textContent()).toMatch(/^(Red|Amber|Green|No data) .{5,}/);
      expect(await row.locator('td').nth(1).textContent()).toBe('Not set');
    }
    computedCost = (await colourRow(panel, 'Cost').locator('.pmo-rag').first().textContent()) ?? '';
    setCost = computedCost === 'Amber' ? 'Green' : 'Amber';
    expect(await panel.getByRole('form', { name: 'Set a colour by hand' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps an incomplete colour from being sent, says what is missing, and moves focus to the first problem', async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    const form = panel.getByRole('form', { name: 'Set a colour by hand' });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke') && (request.postData() ?? '').includes('"setRagOverride"')) sent.push(request.postData() ?? '');
    });
    await form.getByLabel('Reason').fill('too short');
    await form.getByRole('button', { name: 'Save colour' }).click();
    await form.getByText('Choose a colour.').waitFor();
    expect(await form.getByText('Say why the colour is set by hand: at least 10 characters.').isVisible()).toBe(true);
    expect(await form.getByText('Choose the last day the colour applies.').isVisible()).toBe(true);
    expect(await form.getByRole('radio', { name: 'Green' }).evaluate((radio) => radio === document.activeElement)).toBe(true);
    expect(await form.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('9 of at most 500 characters (at least 10).').isVisible()).toBe(true);

    const bounds = [demoNow, new Date(demoNow.getTime() + 90 * dayMs)].map((d) => d.toISOString().slice(0, 10));
    expect(await form.getByText(`The last day it applies (UTC): from ${bounds[0] ?? ''} to ${bounds[1] ?? ''}, at most 90 days ahead.`).isVisible()).toBe(true);
    expect(sent).toEqual([]);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the app's refusal in an alert and keeps what was typed", async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    const refusal = 'An override lasts at most 90 days: choose a day before the next quarter.';
    await page.route('**/api/invoke', async (route) => {
      if ((route.request().postData() ?? '').includes('"setRagOverride"'))
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'BAD_REQUEST', message: refusal } }),
        });
      else await route.continue();
    });
    const form = panel.getByRole('form', { name: 'Set a colour by hand' });
    await chooseOption(form, 'Colour of', 'Cost');
    await form.getByRole('radio', { name: setCost }).check();
    await form.getByLabel('Reason').fill(reason);
    await chooseDay(form, 'Applies until', lastDay);
    await form.getByRole('button', { name: 'Save colour' }).click();
    expect(await form.getByRole('alert').textContent()).toBe(refusal);
    expect(await form.getByLabel('Reason').inputValue()).toBe(reason);
    expect(await colourRow(panel, 'Cost').locator('td').nth(1).textContent()).toBe('Not set');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sets the Cost colour with a reason and a last day, shows it in the table, and the portfolio shows it with why', async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    const form = panel.getByRole('form', { name: 'Set a colour by hand' });
    await chooseOption(form, 'Colour of', 'Cost');
    await form.getByRole('radio', { name: setCost }).check();
    await form.getByLabel('Reason').fill(reason);
    await chooseDay(form, 'Applies until', lastDay);
    await form.getByRole('button', { name: 'Save colour' }).click();
    await panel.getByText(`Cost is set to ${setCost} until ${lastDay}.`).waitFor();
    expect(await panel.locator('.pmo-outcome').textContent()).toBe(`Cost is set to ${setCost} until ${lastDay}.`);
    const setCell = colourRow(panel, 'Cost').locator('td').nth(1);
    expect(await setCell.textContent()).toBe(`${setCost} by ${demoUsers.admin.displayName} until ${lastDay}${reason}`);
    expect(await colourRow(panel, 'Cost').locator('td').nth(0).locator('.pmo-rag').textContent()).toBe(computedCost);
    expect(await form.getByLabel('Reason').inputValue()).toBe('');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    await panel.screenshot({ path: join(suite.screenshotDir, 'project-colours.png') });
    expect(problems).toEqual([]);
    await page.close();

    const portfolio = await portfolioColours();
    // The portfolio shows the overall colour first, then schedule, scope, cost, risk and compliance.
    expect(portfolio.words[3]).toBe(setCost);
    expect(portfolio.byHand).toEqual([false, false, false, true, false, false]);
    const said = `: Set to ${setCost} by ${demoUsers.admin.displayName} until ${lastDay}: ${reason} (computed: ${computedCost}, `;
    expect(portfolio.reasons[3]?.slice(0, said.length)).toBe(said);
    expect(portfolio.reasons[3]?.length).toBeGreaterThan(said.length + 5);
  });

  it('shows the executive the colour set by hand read-only, and refuses their setting or clearing one through the bridge', async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.executive.accountId);
    expect(await colourRow(panel, 'Cost').locator('td').nth(1).textContent()).toContain(`by ${demoUsers.admin.displayName} until ${lastDay}`);
    expect(await panel.getByRole('form').count()).toBe(0);
    expect(await panel.getByRole('button').count()).toBe(0);
    const set = await invokeThroughBridge(page, 'setRagOverride', {
      projectKey,
      target: 'overall',
      rag: 'green',
      reason: 'An executive would like it green',
      expiresOn: lastDay,
    });
    expect(set).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const clear = await invokeThroughBridge(page, 'clearRagOverride', { projectKey, target: 'cost' });
    expect(clear).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    expect((await portfolioColours()).reasons.some((r) => r.includes('An executive would like it green'))).toBe(false);
  });

  it('clears the colour only after a Yes: No keeps it and gives focus back, Yes shows the computed colour again', async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    const row = colourRow(panel, 'Cost');
    await row.getByRole('button', { name: 'Clear Cost' }).click();
    const confirm = row.getByRole('group', { name: 'Clear the Cost colour set by hand?' });
    const keep = confirm.getByRole('button', { name: 'No, keep Cost' });
    expect(await keep.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    await keep.click();
    expect(await row.getByRole('button', { name: 'Clear Cost' }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await row.locator('td').nth(1).textContent()).toContain(reason);
    await row.getByRole('button', { name: 'Clear Cost' }).click();
    await row.getByRole('button', { name: 'Yes, clear Cost' }).click();
    await panel.getByText('Cleared the Cost colour set by hand; the computed colour shows again.').waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('Not set');
    expect(await row.getByRole('button').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
    const portfolio = await portfolioColours();
    expect(portfolio.words[3]).toBe(computedCost);
    expect(portfolio.reasons.some((r) => r.includes('Set to'))).toBe(false);
  });

  it("shows an overall colour set by hand in the RAID log's heading lozenge at once, and the computed one after clearing it", async () => {
    const { page, panel, problems } = await openProjectPage(demoUsers.admin.accountId);
    const raidRag = page
      .getByRole('region', { name: /^RAID log of / })
      .locator('.pmo-rag')
      .first();
    const computedOverall = (await colourRow(panel, 'Overall').locator('.pmo-rag').first().textContent()) ?? '';
    const setOverall = computedOverall === 'Green' ? 'Red' : 'Green';
    const form = panel.getByRole('form', { name: 'Set a colour by hand' });
    await form.getByRole('radio', { name: setOverall }).check();
    await form.getByLabel('Reason').fill('Recovery plan approved by the board');
    await chooseDay(form, 'Applies until', lastDay);
    await form.getByRole('button', { name: 'Save colour' }).click();
    await panel.getByText(`Overall is set to ${setOverall} until ${lastDay}.`).waitFor();
    await page.waitForFunction(
      (word) => document.querySelector('[aria-labelledby="pmo-raid-heading"] .pmo-rag')?.firstElementChild?.textContent === word,
      setOverall,
    );
    expect(await raidRag.locator('.pmo-visually-hidden').textContent()).toContain(`Set to ${setOverall} by ${demoUsers.admin.displayName}`);
    await colourRow(panel, 'Overall').getByRole('button', { name: 'Clear Overall' }).click();
    await colourRow(panel, 'Overall').getByRole('button', { name: 'Yes, clear Overall' }).click();
    await page.waitForFunction(
      (word) => document.querySelector('[aria-labelledby="pmo-raid-heading"] .pmo-rag')?.firstElementChild?.textContent === word,
      computedOverall,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("names both changes in the administrators' audit log", async () => {
    const { page } = await suite.openSurface(moduleKeys.admin, demoUsers.admin.accountId);
    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByText('Colour set by hand').first().waitFor();
    expect(await audit.getByText('Colour override cleared').count()).toBeGreaterThan(0);
    await page.close();
  });
});
