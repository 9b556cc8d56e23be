/**
 * Delivery links in a real browser, on the demo site (its approved proposal seeded as delivered by WEB): the portfolio
 * shows each project's proposals from intake and leaves the intake project out; the admin links the approved proposal
 * to another project with the keyboard, and the portfolio row of that project shows it. Axe-clean throughout.
 */
import { join } from 'node:path';
import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoUsers } from '../../local/demo/demo-users';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { intakeBoardAs } from './support/intake-board-as';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

jest.setTimeout(240_000);

const suite = useBrowserSuite();

const boardAs = (accountId: string): Promise<IntakeBoardDto> => intakeBoardAs(suite.app, accountId);

const openPortfolio = (accountId: string): Promise<OpenedPage> =>
  suite.openSurface(moduleKeys.portfolio, accountId, { viewport: { width: 1600, height: 1100 }, heading: 'PMO portfolio' });

/** The portfolio table row of one project. */
const projectRow = (opened: OpenedPage, key: string) =>
  opened.page.locator('tbody tr', { has: opened.page.locator('.pmo-project-meta', { hasText: new RegExp(`^${key}( |$)`) }) });

describe('linking an approved proposal to its delivery', () => {
  it('shows the demo proposal delivered by WEB on its portfolio row, and no row for the intake project', async () => {
    const approved = (await boardAs(demoUsers.executive.accountId)).proposals.find((proposal) => proposal.delivery?.kind === 'project');
    expect(approved?.delivery).toMatchObject({ kind: 'project', projectKey: 'WEB' });
    const opened = await openPortfolio(demoUsers.executive.accountId);
    const row = projectRow(opened, 'WEB');
    await row.waitFor();
    expect(await row.locator('.pmo-from-intake li').getAttribute('title')).toBe(`${approved?.key ?? ''} ${approved?.summary ?? ''}`);
    expect(await projectRow(opened, demoIntakeProject.key).count()).toBe(0);
    await opened.page.getByText(`Intake projects (${demoIntakeProject.key}) are on the Intake tab`, { exact: false }).waitFor();
    expect(await seriousAxeViolations(opened.page.mainFrame(), 'portfolio-from-intake')).toEqual([]);
    expect(opened.problems).toEqual([]);
    await opened.page.close();
  });

  it('lets the admin link the approved proposal to MOB with the keyboard, and the MOB row then shows it', async () => {
    const approved = (await boardAs(demoUsers.admin.accountId)).proposals.find((proposal) => proposal.stage === 'approved' && proposal.canDecide);
    if (approved === undefined) throw new Error('the demo has no approved proposal');
    const opened = await openPortfolio(demoUsers.admin.accountId);
    const { page } = opened;
    await page.getByRole('tab', { name: 'Intake' }).click();
    await page.getByRole('button', { name: `Delivery of ${approved.key}` }).click();
    const form = page.getByRole('form', { name: `Delivery of ${approved.key}` });
    await form.getByText('Delivered by Customer Web Portal (WEB).').waitFor();
    await form.getByRole('button', { name: `Link delivery of ${approved.key}` }).click();
    await form.getByText('Choose whether a project or an epic delivers it.').waitFor();
    await form.getByRole('radio', { name: 'A project of the portfolio' }).focus();
    await page.keyboard.press('Space');
    await form.getByRole('button', { name: `Link delivery of ${approved.key}` }).press('Enter');
    await form.getByText(`Choose the project that delivers ${approved.key}.`).waitFor();
    const select = form.getByRole('combobox', { name: 'Project' });
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    await select.selectOption('MOB');
    expect(await seriousAxeViolations(page.mainFrame(), 'intake-delivery-form')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'intake-delivery.png'), fullPage: true });
    await form.getByRole('button', { name: `Link delivery of ${approved.key}` }).press('Enter');
    await page.getByText(`Linked ${approved.key} to what delivers it.`).waitFor();
    const boardRow = page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${approved.key} `) }) });
    expect(await boardRow.textContent()).toContain('Delivered by Mobile Banking App (MOB)');

    expect(opened.problems).toEqual([]);
    await page.close();

    // The portfolio is read when the page opens: a new page shows the link just made.
    const reopened = await openPortfolio(demoUsers.admin.accountId);
    const mob = projectRow(reopened, 'MOB');
    await mob.waitFor();
    expect(await mob.locator('.pmo-from-intake li').textContent()).toContain(approved.key);
    expect(await projectRow(reopened, 'WEB').locator('.pmo-from-intake li').count()).toBe(0);
    expect(await seriousAxeViolations(reopened.page.mainFrame(), 'portfolio-from-intake-linked')).toEqual([]);
    expect(reopened.problems).toEqual([]);
    await reopened.page.close();
  });
});
