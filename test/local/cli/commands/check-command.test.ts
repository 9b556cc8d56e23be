import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPmoCaptured } from '../support/run-pmo-captured';
import { createLocalApp } from '../../../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../../../local/site/load-site-file';
import { defaultTemplate } from '../../../../src/domain/template/default-template';

const fixture = resolve(__dirname, '..', '..', '..', 'fixtures', 'small-site.json');
const nowArg = '2026-11-20T12:00:00Z';

const pmo = runPmoCaptured;

interface CheckJson {
  subject: string;
  template: { id: string };
  report: { score: number; passed: number; checked: number; violations: { itemKey: string | null; ruleId: string; fix: string }[] };
}

describe('pmo check', () => {
  it('prints every project of the site with the default template, its score and ALPHA-7 overdue (see small-site.md)', async () => {
    const result = await pmo(['check', '--site', fixture, '--now', nowArg, '--json']);
    expect(result.code).toBe(0);
    const projects = JSON.parse(result.out) as CheckJson[];
    expect(projects.map((p) => [p.subject, p.template.id])).toEqual([
      ['ALPHA', 'default'],
      ['BETA', 'default'],
      ['GAMMA', 'default'],
    ]);
    for (const p of projects) {
      expect(p.report.score).toBeGreaterThanOrEqual(0);
      expect(p.report.passed).toBeLessThanOrEqual(p.report.checked);
    }
    const alpha = projects[0]?.report.violations ?? [];
    expect(alpha).toContainEqual(expect.objectContaining({ itemKey: 'ALPHA-7', ruleId: 'milestone-on-time' }));
  });

  it('narrows to one issue with --issue and prints each violation with its fix', async () => {
    const result = await pmo(['check', '--site', fixture, '--issue', 'ALPHA-7', '--now', nowArg]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ALPHA-7 {2}compliance \d+\.\d%/);
    expect(result.out).toContain('Milestones are not overdue: 5 days overdue (due 2026-11-15)');
    expect(result.out).toContain('fix: Complete the milestone');
    expect(result.out).not.toContain('ALPHA-10');
  });

  it("follows the template assigned in the app's storage with --data", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pmo-check-'));
    const app = await createLocalApp({ site: loadSiteFile(fixture), dataDir });
    const template = { ...defaultTemplate, id: 'no-rules', name: 'No rules', rules: [] };
    await app.invokeResolver({
      functionKey: 'saveTemplate',
      payload: { template, expectedVersion: 0 },
      accountId: 'admin',
      moduleKey: 'pmo-admin',
      extension: {},
    });
    const assigned = await app.invokeResolver({
      functionKey: 'assignTemplate',
      payload: { projectKey: 'ALPHA', templateId: 'no-rules' },
      accountId: 'admin',
      moduleKey: 'pmo-admin',
      extension: {},
    });
    expect(assigned).toMatchObject({ ok: true });
    await app.close();
    const result = await pmo(['check', '--site', fixture, '--project', 'ALPHA', '--now', nowArg, '--json', '--data', dataDir]);
    expect(JSON.parse(result.out)).toMatchObject([{ subject: 'ALPHA', template: { id: 'no-rules' }, report: { score: 1, checked: 0 } }]);
  });

  it.each([
    ['without --now', ['check', '--site', fixture], /needs --now/],
    ['for a project the site does not have', ['check', '--site', fixture, '--project', 'NOPE', '--now', nowArg], /No project NOPE/],
  ])('refuses to run %s, with exit code 2', async (_name, args, message) => {
    const result = await pmo(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
