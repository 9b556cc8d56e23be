/**
 * Approving a proposal that overloads its program's quarter, in a real browser on the demo site: the decision form
 * shows the capacity check once Approved is chosen, a fitting proposal gets a short line, and an overloading one needs
 * its confirmation ticked (by keyboard) before the approval is sent, which then records the confirmation.
 */
import { join } from 'node:path';
import type { IntakeBoardDto, IntakeProposalDto } from '../../src/contract/intake-board-dto';
import { demoUsers } from '../../local/demo/demo-users';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { intakeBoardAs } from './support/intake-board-as';
import { useBrowserSuite } from './support/use-browser-suite';

jest.setTimeout(240_000);

const suite = useBrowserSuite();
const admin = demoUsers.admin.accountId;

const boardAs = (accountId: string): Promise<IntakeBoardDto> => intakeBoardAs(suite.app, accountId);

const checked = (board: IntakeBoardDto, kind: 'over' | 'fits'): IntakeProposalDto => {
  const found = board.proposals.find((proposal) => proposal.approvalCheck?.kind === kind);
  if (found === undefined) throw new Error(`The demo has no open proposal whose approval ${kind}`);
  return found;
};

describe('approving a proposal against its program capacity', () => {
  it('shows a fitting approval as such, and requires confirming an overload before approving it, then records it', async () => {
    const board = await boardAs(admin);
    const over = checked(board, 'over');
    const fits = checked(board, 'fits');
    const check = over.approvalCheck;
    if (check?.kind !== 'over') throw new Error('unreachable');
    const { page, problems } = await suite.openSurface(moduleKeys.portfolio, admin, { viewport: { width: 1600, height: 1100 }, heading: 'PMO portfolio' });
    await page.getByRole('tab', { name: 'Intake' }).click();
    await page.getByRole('heading', { level: 2, name: 'Intake' }).waitFor();

    await page.getByRole('button', { name: `Decide ${fits.key}` }).click();
    const fitsForm = page.getByRole('form', { name: `Decide ${fits.key}` });
    await fitsForm.getByRole('radio', { name: 'Approved' }).check();
    await fitsForm.getByText(new RegExp(`^Fits ${fits.program ?? ''}’s capacity in `)).waitFor();
    expect(await fitsForm.getByRole('checkbox').count()).toBe(0);

    await page.getByRole('button', { name: `Decide ${over.key}` }).click();
    const form = page.getByRole('form', { name: `Decide ${over.key}` });
    await form.getByRole('radio', { name: 'Approved' }).check();
    const quarters = check.over.map((quarter) => quarter.quarter);
    const confirm = form.getByRole('checkbox', { name: `Approve although it overloads ${check.program} in ${quarters.join(' and ')}` });
    await confirm.waitFor();
    const warning = await form.getByRole('list', { name: 'Quarters the approval overloads' }).textContent();
    for (const quarter of check.over) expect(warning).toContain(quarter.description);
    expect(await seriousAxeViolations(page.mainFrame(), 'intake-approval-overload')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'intake-approval-overload.png'), fullPage: true });

    await form.getByRole('button', { name: `Record decision on ${over.key}` }).click();
    await form.getByText(`Approving ${over.key} overloads its program`).waitFor();
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    expect((await boardAs(admin)).proposals.find((proposal) => proposal.key === over.key)?.stage).toBe(over.stage);
    expect(await seriousAxeViolations(page.mainFrame(), 'intake-approval-unconfirmed')).toEqual([]);

    await page.keyboard.press('Space');
    expect(await confirm.isChecked()).toBe(true);
    await form.getByRole('button', { name: `Record decision on ${over.key}` }).click();
    await page.getByText(`Recorded: ${over.key} approved.`).waitFor();
    expect((await boardAs(admin)).proposals.find((proposal) => proposal.key === over.key)?.decision).toMatchObject({
      stage: 'approved',
      overloadConfirmed: true,
    });
    expect(problems).toEqual([]);
    await page.close();
  });
});
