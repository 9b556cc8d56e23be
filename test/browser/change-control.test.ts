/**
 * The project page's change control section and decision log in a real browser, on the demo site with its seeded
 * approved baselines and decisions: the admin decides a pending change and sees the ledger grow, the PM (no project
 * admin on MOB) sees everything but no form, and the restricted user finds no trace of the confidential project.
 */
import { join } from 'node:path';
import { demoChangeSummaries } from '../../local/demo/demo-change-summaries';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
const keyOf = (summary: string): string => site.issues.find((issue) => issue.fields.summary === summary)?.key ?? 'missing';
const pendingKey = keyOf(demoChangeSummaries.pending);
const hiddenKeys = site.issues.filter((issue) => issue.key.startsWith(`${demoHiddenProjectKey}-`)).map((issue) => issue.key);

jest.setTimeout(180_000);

const suite = useBrowserSuite({ site });

const openProject = (as: string, project: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKeys.projectPage, as, { query: { project }, viewport: { width: 1400, height: 1000 } });

describe('the project page change control and decision log', () => {
  it('shows the admin the ledger, and a decision recorded through the form grows it', async () => {
    const { page, problems } = await openProject(demoUsers.admin.accountId, 'CORE');
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Change control' }) });
    await section.getByText(/^Ledger:/).waitFor();
    expect(await section.getByLabel('Ledger').textContent()).toMatch(/v1 -> CORE-\d+ \(\+14 days on CORE-\d+, \+20,000 budget\) -> v2/);
    expect(await section.getByRole('list', { name: 'Pending changes' }).textContent()).toMatch(/waiting \d+ days/);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-change-control')).toEqual([]);
    await section.screenshot({ path: join(suite.screenshotDir, 'project-change-control.png') });

    await section.getByRole('button', { name: `Decide ${pendingKey}` }).click();
    const form = section.getByRole('form', { name: `Decide ${pendingKey}` });
    await form.getByRole('radio', { name: 'Rejected' }).check();
    await form.getByRole('button', { name: `Record decision on ${pendingKey}` }).click();
    await form.getByText('needs a reason').waitFor();
    expect(await form.getByRole('textbox', { name: /^Reason/ }).evaluate((el) => el === document.activeElement)).toBe(true);

    await form.getByRole('radio', { name: 'Approved' }).check();
    await form.getByRole('textbox', { name: /^Reason/ }).fill('The regulator requires the consent screens.');
    await form.getByRole('button', { name: `Record decision on ${pendingKey}` }).click();
    await section.getByText(`Recorded: ${pendingKey} approved.`).waitFor();
    expect(await section.getByLabel('Ledger').textContent()).toContain(`-> v2 -> ${pendingKey} (+7 days`);
    expect(await section.getByLabel('Ledger').textContent()).toMatch(/-> v3$/);
    expect(await section.getByText(/^Pending changes \(0\)/).count()).toBe(1);

    const log = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Decision log' }) });
    expect(await log.getByRole('list', { name: 'Change decisions' }).textContent()).toContain(`${pendingKey}approved by ${demoUsers.admin.displayName}`);
    expect(await log.getByRole('list', { name: 'Decisions', exact: true }).textContent()).toMatch(/Decision: migrate deposits before lending/);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-decision-log')).toEqual([]);
    await log.screenshot({ path: join(suite.screenshotDir, 'project-decision-log.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the PM without project admin the uncontrolled slip and the pending change, with no way to decide', async () => {
    const { page, problems } = await openProject(demoUsers.pm.accountId, 'MOB');
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Change control' }) });
    const slips = section.getByRole('list', { name: 'Uncontrolled slips' });
    await slips.waitFor();
    expect(await slips.textContent()).toMatch(/milestone: approved \d{4}-\d{2}-\d{2}, now \d{4}-\d{2}-\d{2}, 10 days late/);
    expect(await slips.textContent()).toMatch(/Moved \d{4}-\d{2}-\d{2} by [A-Z][a-z]+ /);
    expect(await section.getByRole('list', { name: 'Pending changes' }).textContent()).toContain('Change request: move');
    expect(await section.getByRole('button', { name: /^(Decide|Approve) / }).count()).toBe(0);
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-change-control-pm')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("leaves the restricted user no trace of the confidential project's changes and decisions", async () => {
    const hidden = await openProject(demoUsers.restricted.accountId, demoHiddenProjectKey);
    await hidden.page
      .getByText(/could not be loaded|no project/i)
      .first()
      .waitFor();
    const text = (await hidden.page.locator('body').textContent()) ?? '';
    for (const key of hiddenKeys) expect(text).not.toContain(key);
    expect(text).not.toContain('Decision: keep the acquired brand');
    await hidden.page.close();

    const { page, problems } = await openProject(demoUsers.restricted.accountId, 'CORE');
    const log = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Decision log' }) });
    await log.getByRole('list', { name: 'Decisions', exact: true }).waitFor();
    const shown = (await page.locator('body').textContent()) ?? '';
    for (const key of hiddenKeys) expect(shown).not.toContain(key);
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-change-control-restricted')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows on the Governance panel of the milestone the approved change moved its approved date, and the change that did it', async () => {
    const approved = site.issues.find((issue) => issue.fields.summary === demoChangeSummaries.approved);
    const links = Array.isArray(approved?.fields['issuelinks']) ? (approved.fields['issuelinks'] as { outwardIssue?: { key?: string } }[]) : [];
    const milestoneKey = links.map((link) => link.outwardIssue?.key).find((key) => key !== undefined) ?? 'missing';
    const { page, problems } = await suite.openSurface(moduleKeys.issuePanel, demoUsers.admin.accountId, {
      query: { issue: milestoneKey },
      viewport: { width: 380, height: 1200 },
    });
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Change control' }) });
    await section.getByLabel('Approved baseline').waitFor();
    // Version 2 made by the approved change, or a later one if an earlier test here approved another change.
    expect(await section.getByLabel('Approved baseline').textContent()).toMatch(/\(baseline v[2-9]\).*On the approved date/);
    expect(await section.getByRole('list', { name: 'Change requests for this issue' }).textContent()).toContain(keyOf(demoChangeSummaries.approved));
    expect(await seriousAxeViolations(page.mainFrame(), 'issue-panel-change-control')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'issue-panel-change-control.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
