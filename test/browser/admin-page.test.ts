/**
 * The admin page in a real browser on the refreshed demo site: the admin builds a template (with validation as they
 * type), previews it against a project, saves and assigns it, and after a refresh the project's compliance on the
 * portfolio falls; the admin takes and deletes baselines; the executive sees the same settings read-only and is
 * refused any write.
 */
import { join } from 'node:path';
import { demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { chooseDay } from './choose-day';
import { chooseOption } from './choose-option';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
const projectKey = site.projects[0]?.key ?? 'NONE';

jest.setTimeout(180_000);

const suite = useBrowserSuite({ site });

const openSurface = (moduleKey: string, accountId: string, heading: string): Promise<OpenedPage> => suite.openSurface(moduleKey, accountId, { heading });

/** The project's compliance score as the portfolio's "Compliance score" column shows it, e.g. "83%". */
async function portfolioCompliance(): Promise<number> {
  const { page } = await openSurface(moduleKeys.portfolio, demoUsers.executive.accountId, 'PMO portfolio');
  const row = page.locator('tbody tr').filter({ has: page.locator('.pmo-project-meta', { hasText: new RegExp(`^${projectKey}$`) }) });
  await row.waitFor();
  const table = page.getByRole('table').filter({ has: row });
  const headers = await table.locator('thead th').allTextContents();
  const column = headers.findIndex((h) => h.includes('Compliance score'));
  const text = (await row.locator('td').nth(column).textContent()) ?? '';
  await page.close();
  const match = /(\d+)%/.exec(text);
  if (match === null) throw new Error(`No compliance score for ${projectKey}: "${text}"`);
  return Number(match[1]);
}

describe('the admin page on the refreshed demo site', () => {
  it('lets the admin build, preview, save and assign a template, and the portfolio shows the lower compliance after a refresh', async () => {
    const before = await portfolioCompliance();
    const { page, problems } = await openSurface(moduleKeys.admin, demoUsers.admin.accountId, 'PMO governance settings');
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Strict PMO');
    await chooseOption(page, 'Kind of rule to add', 'Project-level minimum or maximum count');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('listitem', { name: /^Rule 7:/ });
    await rule.getByLabel('Title').fill('');
    // Validation as you type: the empty title is named with its rule, and saving waits for a valid draft.
    await rule.getByText('title: title must not be empty').waitFor();
    expect(await page.getByRole('button', { name: 'Save template' }).isDisabled()).toBe(true);
    await rule.getByLabel('Title').fill('At least 1000 milestones');
    await rule.getByLabel('Issue types').fill('Milestone');
    await rule.getByLabel('At least').fill('1000');
    await page.getByText('The template is valid.').waitFor();

    await chooseOption(page, 'Project', new RegExp(`^${projectKey} · `));
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('table', { name: /^Violations/ });
    await preview.getByText('At least 1000 milestones').first().waitFor();
    expect(await page.getByText(new RegExp(`^${projectKey}: compliance \\d+%`)).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Saved Strict PMO, version 1.').waitFor();
    await chooseOption(page, `Template for ${projectKey}`, 'Strict PMO');
    await page.getByRole('button', { name: `Save ${projectKey}`, exact: true }).click();
    await page.getByText(`${projectKey} now follows my-template`).waitFor();

    const audit = page.getByRole('table', { name: /^Newest changes first/ });
    await audit.getByText(`Project ${projectKey} follows template "my-template"`).waitFor();
    expect(await audit.getByText('Created template "Strict PMO" (version 1)').isVisible()).toBe(true);

    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'admin-page.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();

    await suite.app.fireDailySnapshot();
    await suite.app.queue.drain();
    expect(await portfolioCompliance()).toBeLessThan(before);
  });

  it("lets the admin edit a template's change control, shows a problem beside its status row, and reads the saved policy back", async () => {
    const first = await openSurface(moduleKeys.admin, demoUsers.admin.accountId, 'PMO governance settings');
    await first.page.getByRole('button', { name: 'Edit Strict PMO' }).click();
    const policy = first.page.getByRole('group', { name: 'Change control' });
    await policy.getByLabel('Change requests: issue types').fill('Change Request, RFC');
    await policy.getByRole('button', { name: 'Add status' }).click();
    // The new row's empty status is named beside that row, and saving waits for a valid draft.
    await policy.getByText('status: status must not be empty').waitFor();
    expect(await first.page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await policy.getByLabel('Status 4', { exact: true }).fill('Parked by CCB');
    await chooseOption(policy, 'Decision of status 4', 'Deferred');
    await policy.getByRole('button', { name: 'Remove status 2' }).click();
    await first.page.getByLabel('Uncontrolled slips amber at').fill('2');
    await first.page.getByLabel('Uncontrolled slips red at').fill('4');
    await first.page.getByText('The template is valid.').waitFor();
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByText('Saved Strict PMO, version 2.').waitFor();
    expect(first.problems).toEqual([]);
    await first.page.close();

    const { page, problems } = await openSurface(moduleKeys.admin, demoUsers.admin.accountId, 'PMO governance settings');
    await page.getByRole('button', { name: 'Edit Strict PMO' }).click();
    const saved = page.getByRole('group', { name: 'Change control' });
    expect(await saved.getByLabel('Change requests: issue types').inputValue()).toBe('Change Request, RFC');
    expect(await Promise.all([1, 2, 3].map((n) => saved.getByLabel(`Status ${String(n)}`, { exact: true }).inputValue()))).toEqual([
      'Approved',
      'Deferred',
      'Parked by CCB',
    ]);
    expect(await saved.locator('.pmo-status-decisions > li').nth(2).textContent()).toContain('Deferred');
    expect([await page.getByLabel('Uncontrolled slips amber at').inputValue(), await page.getByLabel('Uncontrolled slips red at').inputValue()]).toEqual([
      '2',
      '4',
    ]);
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    await saved.screenshot({ path: join(suite.screenshotDir, 'admin-change-control.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the executive the same settings read-only, and the server refuses their writes', async () => {
    const { page, problems } = await openSurface(moduleKeys.admin, demoUsers.executive.accountId, 'PMO governance settings');
    await page.getByRole('heading', { name: 'Read-only' }).waitFor();
    expect(await page.getByRole('button', { name: 'New template' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Clone|Delete) / }).count()).toBe(0);
    expect(await page.getByLabel(`Template for ${projectKey}`).isDisabled()).toBe(true);
    expect(await page.getByText('The audit log is shown to Jira administrators only.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'View Default governance' }).click();
    expect(await page.getByLabel('Name', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);
    const answer = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { __bridge: { callBridge: (name: string, args: unknown) => Promise<unknown> } }).__bridge;
      return bridge.callBridge('invoke', { functionKey: 'assignTemplate', payload: { projectKey: 'ANY', templateId: null } });
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets the admin take a baseline, refuses a taken name and a day without snapshots, and deletes one after confirming', async () => {
    const { page, problems } = await openSurface(moduleKeys.admin, demoUsers.admin.accountId, 'PMO governance settings');
    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Baselines' }) });
    await panel.getByText(/^No baselines yet/).waitFor();
    const form = panel.getByRole('form', { name: 'Take a baseline' });
    const take = async (name: string, day: string) => {
      await form.getByLabel('Baseline name').fill(name);
      if (day !== '') await chooseDay(form, 'Baseline an earlier day', day);
      else if ((await form.getByRole('button', { name: 'Clear the earlier day' }).count()) > 0)
        await form.getByRole('button', { name: 'Clear the earlier day' }).click();
      await form.getByRole('button', { name: 'Take baseline' }).click();
    };

    await form.getByRole('button', { name: 'Take baseline' }).click();
    await form.getByText('A baseline needs a name.').waitFor();
    expect(await form.getByLabel('Baseline name').getAttribute('aria-invalid')).toBe('true');

    await take('Steering committee 2026-11', '');
    await panel.getByText(`Took the baseline “Steering committee 2026-11” of ${String(site.projects.length)} projects.`).waitFor();
    const table = panel.getByRole('table', { name: /^Baselines, newest first/ });
    const row = table.getByRole('row', { name: /^Steering committee 2026-11 / });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/),
      demoUsers.admin.displayName,
      cells[0],
      `${String(site.projects.length)} projects`,
    ]);
    expect(await form.getByLabel('Baseline name').inputValue()).toBe('');

    await take('Steering committee 2026-11', '');
    expect(await form.getByRole('alert').textContent()).toMatch(/^Not taken: A baseline named “Steering committee 2026-11” already exists/);
    // The demo keeps no snapshot from before its first refresh, so an early day has nothing to baseline.
    await take('Kick-off', '2026-01-01');
    await form
      .getByRole('alert')
      .getByText(/2026-01-01/)
      .waitFor();
    expect(await table.getByRole('row').count()).toBe(2);

    await take('Dry run', '');
    const dryRun = table.getByRole('row', { name: /^Dry run / });
    await dryRun.waitFor();
    // From the keyboard: Delete asks first, No keeps it and gives the focus back, Yes deletes it.
    await dryRun.getByRole('button', { name: 'Delete Dry run' }).focus();
    await page.keyboard.press('Enter');
    const keep = dryRun.getByRole('button', { name: 'No, keep Dry run' });
    await keep.waitFor();
    expect(await keep.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dryRun.getByRole('button', { name: 'Delete Dry run' }).waitFor();
    expect(await dryRun.getByRole('button', { name: 'Delete Dry run' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await panel.getByText('Deleted the baseline “Dry run”.').waitFor();
    // The list reloads after the delete: the row leaves once the new list is shown.
    await table.getByRole('row', { name: /^Dry run / }).waitFor({ state: 'detached' });

    const audit = page.getByRole('table', { name: /^Newest changes first/ });
    await audit.getByRole('row', { name: /Baseline deleted/ }).waitFor();
    expect(await audit.getByRole('row', { name: /Baseline taken/ }).count()).toBe(2);

    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    await panel.screenshot({ path: join(suite.screenshotDir, 'admin-baselines.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the executive the baselines without a form or delete buttons, and the server refuses their take', async () => {
    const { page, problems } = await openSurface(moduleKeys.admin, demoUsers.executive.accountId, 'PMO governance settings');
    const panel = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Baselines' }) });
    await panel.getByRole('row', { name: /^Steering committee 2026-11 / }).waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await panel.getByLabel('Baseline name').count()).toBe(0);
    const answer = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { __bridge: { callBridge: (name: string, args: unknown) => Promise<unknown> } }).__bridge;
      return bridge.callBridge('invoke', { functionKey: 'takeBaseline', payload: { name: 'Not mine to take' } });
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
