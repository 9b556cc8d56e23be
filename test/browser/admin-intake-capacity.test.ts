/**
 * The admin page's intake settings, scoring models and program capacities in a real browser, on the refreshed demo
 * site, as the admin: the settings are changed and saved, a cloned model's weight is refused in the form (nothing
 * saved) and then saved, the saved models are exported, and a program's capacity is refused when negative and then set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import type { CapacityDto } from '../../src/contract/capacity-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import type { ScoringModelListDto } from '../../src/contract/intake-scoring-model-dto';
import { scoringModelExportSchema } from '../../src/domain/intake/scoring-model-export-schema';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { chooseOption } from './choose-option';
import { seriousAxeViolations } from './run-axe';
import { useBrowserSuite } from './support/use-browser-suite';

jest.setTimeout(240_000);

const suite = useBrowserSuite();
const admin = demoUsers.admin.accountId;

async function ask<T>(functionKey: string): Promise<T> {
  const answer = (await suite.app.invokeResolver({
    functionKey,
    payload: {},
    accountId: admin,
    moduleKey: moduleKeys.admin,
    extension: { type: 'jira:adminPage' },
  })) as Envelope<T>;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.message}`);
  return answer.data;
}

const section = (page: Page, heading: string): Locator => page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });

/** A screenshot of the page from the top of the first section to the bottom of the last. */
async function screenshotOf(page: Page, sections: readonly Locator[], file: string): Promise<void> {
  // Boxes are measured from the viewport; a full-page clip is measured from the top of the page.
  const scrolled = await page.evaluate(() => window.scrollY);
  const boxes = await Promise.all(sections.map((s) => s.boundingBox()));
  const top = scrolled + Math.min(...boxes.map((b) => b?.y ?? 0));
  const bottom = scrolled + Math.max(...boxes.map((b) => (b === null ? 0 : b.y + b.height)));
  const left = Math.min(...boxes.map((b) => b?.x ?? 0));
  const width = Math.max(...boxes.map((b) => b?.width ?? 0));
  await page.screenshot({ path: join(suite.screenshotDir, file), fullPage: true, clip: { x: left, y: top, width, height: bottom - top } });
}

describe('intake and capacity on the admin page', () => {
  it('lets the admin change the intake settings, edit a model after the form refuses a bad weight, export the models, and set a capacity', async () => {
    const { page, problems } = await suite.openSurface(moduleKeys.admin, admin, {
      viewport: { width: 1500, height: 1100 },
      heading: 'PMO governance settings',
    });

    // Intake settings: one more intake project, a label, and the built-in weighted model.
    const settings = section(page, 'Intake settings');
    await settings.getByRole('button', { name: 'Save intake settings' }).waitFor();
    const before = await ask<IntakeBoardDto>('getIntakeBoard');
    const extra = suite.site.projects.find((p) => p.key !== demoHiddenProjectKey && !before.settings.projectKeys.includes(p.key));
    if (extra === undefined) throw new Error('The demo has no project left to name as an intake project.');
    await settings.getByLabel(`${extra.key} · ${extra.name}`).check();
    await settings.getByLabel('Labels that make any issue a proposal').fill('intake, proposal');
    await chooseOption(settings, 'Scoring model', 'Weighted criteria (built-in)');
    await settings.getByRole('button', { name: 'Save intake settings' }).click();
    await settings.getByText(/^Saved the intake settings: /).waitFor();
    const after = (await ask<IntakeBoardDto>('getIntakeBoard')).settings;
    expect([after.projectKeys.includes(extra.key), after.labels, after.modelId]).toEqual([true, ['intake', 'proposal'], 'weighted']);

    // Scoring models: clone the weighted model, save it, refuse a weight that is not a number, then save a good one.
    const models = section(page, 'Scoring models');
    await models.getByRole('button', { name: 'Clone Weighted criteria', exact: true }).click();
    const editor = page.getByRole('form', { name: 'New scoring model' });
    await editor.getByRole('button', { name: 'Save scoring model' }).click();
    await models.getByText('Saved Weighted criteria (copy), version 1.').waitFor();
    const saved = (await ask<ScoringModelListDto>('listScoringModels')).models.find((dto) => dto.model.name === 'Weighted criteria (copy)');
    expect(saved?.model.version).toBe(1);
    const id = saved?.model.id ?? '';
    const keysOf = () =>
      suite.app.store
        .keys()
        .filter((key) => key.startsWith(`scoring-model:${id}:`))
        .sort();

    const editing = page.getByRole('form', { name: 'Edit Weighted criteria (copy) (version 1)' });
    const weight = editing.getByRole('group', { name: /^Criterion 1:/ }).getByLabel('Weight');
    await weight.fill('heavy');
    await editing.getByRole('button', { name: 'Save scoring model' }).click();
    await editing.getByText('weight must be a number').waitFor();
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    expect(keysOf()).toEqual([`scoring-model:${id}:v000001`]);
    await weight.fill('25');
    await editing.getByRole('button', { name: 'Save scoring model' }).click();
    await models.getByText('Saved Weighted criteria (copy), version 2.').waitFor();
    expect(keysOf()).toEqual([`scoring-model:${id}:v000001`, `scoring-model:${id}:v000002`]);
    const stored = (await ask<ScoringModelListDto>('listScoringModels')).models.find((dto) => dto.model.id === id);
    expect(stored?.model.kind === 'weighted' ? stored.model.criteria[0]?.weight : null).toBe(25);

    // Export: a file the import reads back, holding the saved model.
    const [download] = await Promise.all([page.waitForEvent('download'), models.getByRole('button', { name: 'Export saved models (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe('pmo-scoring-models.json');
    const exported = scoringModelExportSchema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(exported.models.find((model) => model.id === id)?.version).toBe(2);
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-intake')).toEqual([]);
    await screenshotOf(page, [settings, models], 'admin-intake.png');

    // Capacities: a negative amount is refused beside its field with nothing saved, then a good one is saved.
    const capacity = section(page, 'Program capacities');
    const dto = await ask<CapacityDto>('getCapacity');
    const program = dto.heatMap.rows[0]?.program ?? '';
    const quarter = dto.heatMap.quarters[1] ?? '';
    const field = capacity.getByLabel(`${program} capacity in ${quarter}`);
    await field.fill('-5');
    await capacity.getByRole('button', { name: 'Save capacities' }).click();
    await capacity.getByText(`${program} ${quarter}: must not be negative`).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await ask<CapacityDto>('getCapacity')).settings?.version).toBe(dto.settings?.version);
    await field.fill('120');
    await capacity.getByRole('button', { name: 'Save capacities' }).click();
    await capacity.getByText(/^Saved the capacities of \d+ programs?, version \d+\.$/).waitFor();
    const set = (await ask<CapacityDto>('getCapacity')).settings;
    expect(set?.version).toBe((dto.settings?.version ?? 0) + 1);
    expect(set?.capacities.find((c) => c.program === program)?.byQuarter[dto.heatMap.quarters[1] ?? dto.currentQuarter]).toBe(120);
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-capacity')).toEqual([]);
    await capacity.screenshot({ path: join(suite.screenshotDir, 'admin-capacity.png') });

    expect(problems).toEqual([]);
    await page.close();
  });
});
