/**
 * The governance resolvers through the app as Forge runs it (real SDKs, the Jira fake, the local KVS), on the demo
 * site: admins write, everyone else is refused on the server, stale saves conflict, bad imports write nothing, and every
 * change is audited.
 */
import { demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../src/contract/envelope';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { TemplateDto } from '../../src/contract/template-dto';
import type { TemplateListDto } from '../../src/contract/template-list-dto';
import type { TemplatePreviewDto } from '../../src/contract/template-preview-dto';
import type { PortfolioDto } from '../../src/contract/portfolio-dto';
import { defaultTemplate } from '../../src/domain/template/default-template';
import type { Template } from '../../src/domain/template/template';
import { templateExportFormat } from '../../src/domain/template/template-export-schema';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });
const projectKey = site.projects[0]?.key ?? 'NONE';
const admin = demoUsers.admin.accountId;
const executive = demoUsers.executive.accountId;

jest.setTimeout(60_000);

/** A template every demo project fails: at least 1000 milestones. */
const strict: Template = {
  ...defaultTemplate,
  id: 'strict',
  name: 'Strict',
  rules: [
    ...defaultTemplate.rules,
    {
      id: 'many-milestones',
      kind: 'project-count',
      title: 'At least 1000 milestones',
      severity: 'critical',
      fix: 'Plan more milestones.',
      selector: { issueTypes: ['Milestone'], statusCategories: [], labels: [] },
      min: 1000,
      max: null,
    },
  ],
};

/** The log's template and assignment entries, newest first: the demo's first refresh also records a decision its Jira workflow took. */
const templateEntries = (log: AuditLogDto) => log.entries.filter((entry) => !entry.action.startsWith('change-control.'));

describe('the governance resolvers on the demo site', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, payload: unknown, accountId = admin): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: 'pmo-admin', extension: { type: 'jira:adminPage' } })) as Envelope<T>;
  const data = async <T>(functionKey: string, payload: unknown, accountId = admin): Promise<T> => {
    const answer = await call<T>(functionKey, payload, accountId);
    if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const auditCount = async () => (await data<AuditLogDto>('getAuditLog', { limit: 500 })).entries.length;
  /** The project's compliance as the portfolio shows it. */
  const complianceOf = async (key: string) => {
    const portfolio = await data<PortfolioDto>('getPortfolio', {});
    const row = portfolio.programs.flatMap((p) => p.projects).find((p) => p.rollup.project.key === key);
    if (row === undefined) throw new Error(`${key} is not on the portfolio`);
    return row.rollup.compliance;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('lists the built-in templates to anyone, and says who may edit', async () => {
    const asAdmin = await data<TemplateListDto>('listTemplates', {});
    const asExecutive = await data<TemplateListDto>('listTemplates', {}, executive);
    expect(asAdmin.templates.map((t) => t.template.id)).toEqual(['default', 'prince2', 'pmbok', 'scrum', 'kanban']);
    expect(asAdmin.canEdit).toBe(true);
    expect(asExecutive.canEdit).toBe(false);
    expect(asExecutive.projects.map((p) => p.key)).toContain(projectKey);
  });

  it.each<[string, unknown]>([
    ['saveTemplate', { template: strict, expectedVersion: 0 }],
    ['deleteTemplate', { id: 'strict', expectedVersion: 1 }],
    ['cloneTemplate', { id: 'scrum', newId: 'scrum-copy', name: 'Scrum copy' }],
    ['assignTemplate', { projectKey, templateId: 'scrum' }],
    ['importTemplates', { json: JSON.stringify({ format: templateExportFormat, formatVersion: 1, templates: [strict] }) }],
    ['getAuditLog', {}],
  ])('answers FORBIDDEN to the executive calling %s directly, and changes nothing', async (functionKey, payload) => {
    const before = app.store.keys().filter((key) => !key.startsWith('points:'));
    const answer = await call(functionKey, payload, executive);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(app.store.keys().filter((key) => !key.startsWith('points:'))).toEqual(before);
  });

  it('lets the admin create a template, audits it, and refuses a stale save with CONFLICT leaving the stored one as it was', async () => {
    const created = await data<TemplateDto>('saveTemplate', { template: strict, expectedVersion: 0 });
    expect(created.template.version).toBe(1);
    const second = await data<TemplateDto>('saveTemplate', { template: { ...strict, name: 'Strict v2' }, expectedVersion: 1 });
    expect(second.template.version).toBe(2);
    const stale = await call('saveTemplate', { template: { ...strict, name: 'Lost edit' }, expectedVersion: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await data<TemplateDto>('getTemplate', { id: 'strict' })).template).toMatchObject({ name: 'Strict v2', version: 2 });
    const log = templateEntries(await data<AuditLogDto>('getAuditLog', {}));
    expect(log.slice(0, 2).map((e) => [e.action, e.target, e.by])).toEqual([
      ['template.update', 'strict', admin],
      ['template.create', 'strict', admin],
    ]);
    expect(log[0]?.before).toMatchObject({ name: 'Strict', version: 1 });
    expect(log[0]?.after).toMatchObject({ name: 'Strict v2', version: 2 });
  });

  it('refuses to save a JQL rule that does not parse, naming the rule', async () => {
    const jql = { id: 'blocked', kind: 'jql', title: 'Nothing blocked', severity: 'minor', fix: 'Unblock it.', jql: 'status = = Blocked' } as const;
    const answer = await call('saveTemplate', { template: { ...strict, id: 'with-jql', rules: [...strict.rules, jql] }, expectedVersion: 0 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/rules\.7\.jql: JQL syntax error/);
    expect(await call('getTemplate', { id: 'with-jql' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<[string, string, RegExp | null]>([
    ['saves a JQL rule Jira runs', 'duedate < now() AND statusCategory != Done', null],
    ["refuses a JQL rule naming a field the site does not have, with Jira's words", 'colour = red', /rules\.7\.jql: Jira refused the query: .*colour/i],
  ])('asks Jira before saving: %s', async (_name, jql, refused) => {
    const id = refused === null ? 'jql-ok' : 'jql-bad';
    const rule = { id: 'by-jql', kind: 'jql', title: 'By JQL', severity: 'minor', fix: 'Fix it.', jql } as const;
    const answer = await call('saveTemplate', { template: { ...strict, id, rules: [...strict.rules, rule] }, expectedVersion: 0 });
    if (refused === null) expect(answer).toMatchObject({ ok: true });
    else {
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      if (!answer.ok) expect(answer.error.message).toMatch(refused);
      expect(await call('getTemplate', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses to save over a built-in template', async () => {
    expect(await call('saveTemplate', { template: defaultTemplate, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('clones, exports and deletes, auditing each change', async () => {
    const before = await auditCount();
    const copy = await data<TemplateDto>('cloneTemplate', { id: 'scrum', newId: 'scrum-copy', name: 'Scrum copy' });
    expect(copy.template).toMatchObject({ id: 'scrum-copy', version: 1, methodology: 'scrum' });
    const exported = await data<{ json: string; count: number }>('exportTemplates', { ids: ['scrum-copy'] });
    expect(JSON.parse(exported.json)).toMatchObject({ format: templateExportFormat, templates: [{ id: 'scrum-copy' }] });
    expect(await call('deleteTemplate', { id: 'scrum-copy', expectedVersion: 7 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await data('deleteTemplate', { id: 'scrum-copy', expectedVersion: 1 });
    expect(await call('getTemplate', { id: 'scrum-copy' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await auditCount()).toBe(before + 2);
    // The exported file imports back as a new template.
    const imported = await data<{ imported: TemplateDto[] }>('importTemplates', { json: exported.json });
    expect(imported.imported.map((t) => [t.template.id, t.template.version])).toEqual([['scrum-copy', 1]]);
    expect(await auditCount()).toBe(before + 3);
  });

  it('previews a draft over the stored items without saving it', async () => {
    const keys = app.store.keys().filter((key) => !key.startsWith('points:'));
    const preview = await data<TemplatePreviewDto>('previewTemplate', { template: { ...strict, id: 'draft' }, projectKey });
    expect(preview.itemCount).toBeGreaterThan(0);
    expect(preview.report.violations.some((v) => v.ruleId === 'many-milestones' && v.itemKey === null)).toBe(true);
    expect(preview.report.score).toBeLessThan(1);
    expect(app.store.keys().filter((key) => !key.startsWith('points:'))).toEqual(keys);
  });

  it('evaluates a JQL rule in the preview through Jira: the one issue it finds is the one violation', async () => {
    const target = `${projectKey}-1`;
    const rule = { id: 'by-jql', kind: 'jql', title: 'Not this one', severity: 'minor', fix: 'Fix it.', jql: `key = ${target}` } as const;
    const preview = await data<TemplatePreviewDto>('previewTemplate', { template: { ...defaultTemplate, id: 'draft', rules: [rule] }, projectKey });
    expect(preview.report.rules[0]).toMatchObject({ evaluated: true, failed: 1, passed: preview.itemCount - 1 });
    expect(preview.report.violations.map((v) => v.itemKey)).toEqual([target]);
  });

  it('evaluates a JQL rule in the refresh too, as the app: the roll-up counts every item and fails the one found', async () => {
    const target = `${projectKey}-1`;
    const rule = { id: 'by-jql', kind: 'jql', title: 'Not this one', severity: 'minor', fix: 'Fix it.', jql: `key = ${target}` } as const;
    await data('saveTemplate', { template: { ...defaultTemplate, id: 'only-jql', name: 'Only JQL', rules: [rule] }, expectedVersion: 0 });
    await data('assignTemplate', { projectKey, templateId: 'only-jql' });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const compliance = await complianceOf(projectKey);
    expect(compliance.checked).toBeGreaterThan(1);
    expect(compliance.passed).toBe(compliance.checked - 1);
    await data('assignTemplate', { projectKey, templateId: null });
  });

  it("feeds the assigned template into the refresh: the roll-up's compliance falls below 1", async () => {
    await data('assignTemplate', { projectKey, templateId: 'strict' });
    const log = templateEntries(await data<AuditLogDto>('getAuditLog', {}));
    expect(log[0]).toMatchObject({ action: 'assignment.update', target: projectKey, before: null, after: { templateId: 'strict' } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const failing = await complianceOf(projectKey);
    expect(failing.status).toBe('evaluated');
    expect(failing.score ?? 1).toBeLessThan(1);
    // Back on the default template, the critical milestone rule no longer counts against it.
    await data('assignTemplate', { projectKey, templateId: null });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const relaxed = await complianceOf(projectKey);
    expect(relaxed.score ?? 0).toBeGreaterThan(failing.score ?? 1);
  });

  it('groups a project under its assigned program on the portfolio after the next refresh', async () => {
    await data('assignTemplate', { projectKey, templateId: null, program: 'Strategic Bets' });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const portfolio = await data<PortfolioDto>('getPortfolio', {}, executive);
    expect(portfolio.programs.find((p) => p.name === 'Strategic Bets')?.projects.map((p) => p.rollup.project.key)).toEqual([projectKey]);
    await data('assignTemplate', { projectKey, templateId: null, program: null });
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect((await data<PortfolioDto>('getPortfolio', {}, executive)).programs.map((p) => p.name)).not.toContain('Strategic Bets');
  });

  it('reads the custom fields a template maps instead of the ones found by name', async () => {
    const bacOf = async () =>
      (await data<PortfolioDto>('getPortfolio', {}, executive)).programs.flatMap((p) => p.projects).find((p) => p.rollup.project.key === projectKey)?.rollup
        .earnedValue.bac ?? null;
    expect(await bacOf()).toBeGreaterThan(0);
    await data('saveTemplate', {
      template: { ...defaultTemplate, id: 'no-budget-field', name: 'Budget elsewhere', fieldMapping: { budget: 'customfield_99999' } },
      expectedVersion: 0,
    });
    await data('assignTemplate', { projectKey, templateId: 'no-budget-field' });
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(await bacOf()).not.toBeGreaterThan(0);
    await data('assignTemplate', { projectKey, templateId: null });
  });

  const valid = () =>
    JSON.parse(JSON.stringify({ format: templateExportFormat, formatVersion: 1, templates: [{ ...strict, id: 'imported' }] })) as {
      templates: Record<string, unknown>[];
    } & Record<string, unknown>;
  const withTemplate = (change: (t: Record<string, unknown>) => void) => {
    const file = valid();
    change(file.templates[0] ?? {});
    return JSON.stringify(file);
  };
  const rule0 = (t: Record<string, unknown>) => (t.rules as Record<string, unknown>[])[0] ?? {};
  it.each<[string, string, RegExp]>([
    ['text that is not JSON', '{ "format": ', /not JSON/],
    ['an empty file', '', /not JSON/],
    ['a JSON array', '[]', /\(top level\)/],
    ['a file without the format marker', JSON.stringify({ formatVersion: 1, templates: [strict] }), /format: format must be "pmo-governance-templates"/],
    ['a file of another format version', JSON.stringify({ ...valid(), formatVersion: 2 }), /formatVersion: formatVersion must be 1/],
    ['a file with no templates', JSON.stringify({ ...valid(), templates: [] }), /templates: templates must hold at least one template/],
    ['templates that are not a list', JSON.stringify({ ...valid(), templates: 'all' }), /templates: templates must be a list/],
    [
      'a template without a name',
      withTemplate((t) => {
        delete t.name;
      }),
      /templates\.0\.name: name must be text/,
    ],
    [
      'a template id with spaces',
      withTemplate((t) => {
        t.id = 'my template';
      }),
      /templates\.0\.id: id must be 1-64 lower-case/,
    ],
    [
      'a built-in template id',
      withTemplate((t) => {
        t.id = 'scrum';
      }),
      /templates\.0\.id: "scrum" is a built-in/,
    ],
    [
      'an unknown methodology',
      withTemplate((t) => {
        t.methodology = 'agile-ish';
      }),
      /templates\.0\.methodology: methodology must be one of/,
    ],
    [
      'an unknown rule kind',
      withTemplate((t) => {
        rule0(t).kind = 'be-nice';
      }),
      /templates\.0\.rules\.0\.kind: kind must be one of/,
    ],
    [
      'a rule without a fix hint',
      withTemplate((t) => {
        delete rule0(t).fix;
      }),
      /templates\.0\.rules\.0\.fix: fix hint must be text/,
    ],
    [
      'an unknown severity',
      withTemplate((t) => {
        rule0(t).severity = 'blocker';
      }),
      /templates\.0\.rules\.0\.severity: severity must be one of/,
    ],
    [
      'an unknown status category',
      withTemplate((t) => {
        rule0(t).scope = { issueTypes: [], statusCategories: ['doing'] };
      }),
      /templates\.0\.rules\.0\.scope\.statusCategories\.0/,
    ],
    [
      'a risk threshold of 40',
      withTemplate((t) => {
        ((t.rules as Record<string, unknown>[])[3] ?? {}).minScore = 40;
      }),
      /templates\.0\.rules\.3\.minScore: minScore must be 1\.\.25/,
    ],
    [
      'a review period of zero days',
      withTemplate((t) => {
        ((t.rules as Record<string, unknown>[])[4] ?? {}).maxDays = 0;
      }),
      /templates\.0\.rules\.4\.maxDays: must be at least 1 day/,
    ],
    [
      'duplicate rule ids',
      withTemplate((t) => {
        ((t.rules as Record<string, unknown>[])[1] ?? {}).id = 'owner-in-progress';
      }),
      /templates\.0\.rules\.1\.id: rule id "owner-in-progress" is used twice/,
    ],
    [
      'a count rule with min above max',
      withTemplate((t) => {
        ((t.rules as Record<string, unknown>[])[6] ?? {}).max = 5;
      }),
      /templates\.0\.rules\.6\.min: min must not be above max/,
    ],
    [
      'RAG thresholds in the wrong order',
      withTemplate((t) => {
        (t.ragPolicy as Record<string, Record<string, unknown>>).cost = { cpi: { amberBelow: 0.8, redBelow: 0.9 } };
      }),
      /templates\.0\.ragPolicy\.cost\.cpi\.redBelow/,
    ],
    [
      'falling risk bands',
      withTemplate((t) => {
        (t.raidPolicy as Record<string, unknown>).riskBands = { medium: 12, high: 6, critical: 20 };
      }),
      /templates\.0\.raidPolicy\.riskBands\.high: bands must rise/,
    ],
    [
      'a field mapping to a system field',
      withTemplate((t) => {
        t.fieldMapping = { budget: 'duedate' };
      }),
      /templates\.0\.fieldMapping\.budget: must be a custom field id/,
    ],
    [
      'the same template twice',
      JSON.stringify({ ...valid(), templates: [...valid().templates, ...valid().templates] }),
      /templates\.1\.id: template id "imported" appears twice/,
    ],
    [
      'a JQL rule that does not parse',
      withTemplate((t) => {
        (t.rules as Record<string, unknown>[]).push({ id: 'j', kind: 'jql', title: 'J', severity: 'minor', fix: 'F', jql: 'status = = Blocked' });
      }),
      /templates\.0\.rules\.7\.jql: JQL syntax error at line 1/,
    ],
    [
      'a second template that is bad after a good first one',
      JSON.stringify({ ...valid(), templates: [...valid().templates, { ...strict, id: 'second', version: 'one' }] }),
      /templates\.1\.version: version must be a number/,
    ],
  ])('refuses an import of %s with BAD_REQUEST naming the problem, and writes nothing', async (_name, json, expected) => {
    const before = app.store.keys().filter((key) => !key.startsWith('points:'));
    const answer = await call('importTemplates', { json });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (!answer.ok) {
      expect(answer.error.message).toMatch(expected);
      expect(answer.error.message).toMatch(/Nothing was imported/);
    }
    expect(app.store.keys().filter((key) => !key.startsWith('points:'))).toEqual(before);
  });
});
