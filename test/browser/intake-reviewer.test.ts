/**
 * The intake board in a real browser as a reviewer: Sofia Marquez leads the demo's intake project, so she may score
 * and decide its proposals, but she is no Jira administrator, so she may not change the intake settings or models.
 * She sizes a proposal Jira holds no Job Size for (a value off the scale is refused beside the field first), sees it
 * ranked with her score named as a reviewer's, and moves a submitted proposal to screening.
 */
import { join } from 'node:path';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoUsers } from '../../local/demo/demo-users';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { intakeBoardAs } from './support/intake-board-as';
import { useBrowserSuite } from './support/use-browser-suite';

jest.setTimeout(240_000);

const suite = useBrowserSuite();
const reviewer = demoUsers.pm;

const boardAs = (accountId: string): Promise<IntakeBoardDto> => intakeBoardAs(suite.app, accountId);

describe('the intake board as a reviewer of the intake project', () => {
  it('lets the project lead score a proposal Jira leaves unsized and move another to screening, but not configure intake', async () => {
    const before = await boardAs(reviewer.accountId);
    expect(before.canConfigure).toBe(false);
    const ours = before.proposals.filter((proposal) => proposal.projectKey === demoIntakeProject.key);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((proposal) => proposal.canDecide)).toBe(true);
    const unsized = ours.find((proposal) => proposal.missing.includes('Job Size'));
    const submitted = ours.find((proposal) => proposal.stage === 'submitted' && !proposal.decidedByWorkflow && proposal.key !== unsized?.key);
    if (unsized === undefined || submitted === undefined) throw new Error('The demo intake project must hold an unsized proposal and a submitted one.');

    const { page, problems } = await suite.openSurface(moduleKeys.portfolio, reviewer.accountId, {
      viewport: { width: 1600, height: 1100 },
      heading: 'PMO portfolio',
    });
    await page.getByRole('tab', { name: 'Intake' }).click();
    await page.getByRole('heading', { level: 2, name: 'Intake' }).waitFor();
    await page.waitForFunction(() => !/Loading (the intake board|the proposals)/.test(document.body.textContent));
    expect(await page.getByRole('button', { name: /settings|scoring model/i }).count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio-intake-reviewer')).toEqual([]);

    await page.getByRole('button', { name: `Score ${unsized.key}` }).click();
    const scoreForm = page.getByRole('form', { name: `Score ${unsized.key}` });
    const jobSize = scoreForm.getByRole('textbox', { name: /^Job Size/ });
    await jobSize.fill('4');
    await scoreForm.getByRole('button', { name: `Save scores for ${unsized.key}` }).click();
    await scoreForm.locator('.pmo-field-error').waitFor();
    expect(await jobSize.evaluate((element) => element === document.activeElement)).toBe(true);
    await jobSize.fill('5');
    await scoreForm.getByRole('button', { name: `Save scores for ${unsized.key}` }).click();
    await page.getByText(`Scores saved for ${unsized.key}.`).waitFor();
    const scored = (await boardAs(reviewer.accountId)).proposals.find((proposal) => proposal.key === unsized.key);
    expect(scored?.missing).not.toContain('Job Size');
    expect(scored?.parts.find((part) => part.name === 'Job Size')).toMatchObject({ value: 5, source: 'reviewer' });
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${unsized.key} `) }) });
    expect(await row.textContent()).toContain(scored?.breakdown ?? 'a breakdown');

    await page.getByRole('button', { name: `Decide ${submitted.key}` }).click();
    const decideForm = page.getByRole('form', { name: `Decide ${submitted.key}` });
    await decideForm.getByRole('radio', { name: 'Screening' }).check();
    await decideForm.getByRole('button', { name: `Record decision on ${submitted.key}` }).click();
    await page.getByText(`Recorded: ${submitted.key} screening.`).waitFor();
    const moved = (await boardAs(reviewer.accountId)).proposals.find((proposal) => proposal.key === submitted.key);
    expect(moved?.decision).toMatchObject({ stage: 'screening', deciderName: reviewer.displayName, source: 'app' });

    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio-intake-reviewer-after')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'portfolio-intake-reviewer.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
