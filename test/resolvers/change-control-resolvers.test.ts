import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { ChangeControlDto } from '../../src/contract/change-control-dto';
import type { Envelope } from '../../src/contract/envelope';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');

const todo = { id: '10000', name: 'To Do', statusCategory: { key: 'new' } };
const alpha8Link = {
  id: '10990',
  type: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  outwardIssue: {
    id: '10009',
    key: 'ALPHA-8',
    fields: {
      summary: 'Hypercare exit',
      status: todo,
      priority: { id: '2', name: 'High' },
      issuetype: { id: '10005', name: 'Milestone', subtask: false, hierarchyLevel: 0 },
    },
  },
};

/** A change request of ALPHA, as Jira answers it: linked to ALPHA-8, with its schedule and cost impact. */
function changeRequest(
  id: string,
  key: string,
  summary: string,
  created: string,
  impact: { days: number | null; cost: number | null },
  recognisedBy: 'type' | 'label',
) {
  const issuetype =
    recognisedBy === 'type'
      ? { id: '10100', name: 'Change Request', subtask: false, hierarchyLevel: 0 }
      : { id: '10002', name: 'Task', subtask: false, hierarchyLevel: 0 };
  return {
    id,
    key,
    fields: {
      summary,
      issuetype,
      project: { id: '10000', key: 'ALPHA', name: 'Alpha Mobile' },
      status: todo,
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'pm', displayName: 'Paul PM', active: true },
      labels: recognisedBy === 'label' ? ['change-request'] : [],
      duedate: null,
      created: `${created}T09:00:00.000+0000`,
      updated: `${created}T09:00:00.000+0000`,
      resolutiondate: null,
      resolution: null,
      subtasks: [],
      issuelinks: [alpha8Link],
      customfield_10060: impact.days,
      customfield_10061: impact.cost,
    },
    changelog: { histories: [] },
  };
}

/**
 * The small site with ALPHA's change requests and the impact fields they are read from. By hand, on ALPHA (see
 * test/fixtures/small-site.md): milestones ALPHA-6 (2026-10-31), ALPHA-7 (2026-11-15), ALPHA-8 (2026-12-20), epic
 * ALPHA-1 (2026-12-31); budget 100,000 (ALPHA-1); scope 18 story points.
 */
const site = siteFileSchema.parse({
  ...fixture,
  fields: [
    ...fixture.fields,
    {
      id: 'customfield_10060',
      name: 'Schedule Impact',
      custom: true,
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10060 },
    },
    {
      id: 'customfield_10061',
      name: 'Cost Impact',
      custom: true,
      schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10061 },
    },
  ],
  issues: [
    ...fixture.issues,
    changeRequest('10900', 'ALPHA-13', 'Extend hypercare by ten days', '2026-11-02', { days: 10, cost: 20_000 }, 'type'),
    changeRequest('10901', 'ALPHA-14', 'Add a month of tablet support', '2026-11-06', { days: 30, cost: 50_000 }, 'label'),
    changeRequest('10902', 'ALPHA-15', 'Move hypercare after the freeze', '2026-11-10', { days: 5, cost: null }, 'type'),
  ],
});

describe('change control on the small site, through the real SDKs and the Jira fake', () => {
  let app: LocalApp;
  const projectPage = { moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage', project: { key: 'ALPHA' } } };
  const call = async <T>(functionKey: string, accountId: string, payload: unknown): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...projectPage })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const read = (accountId: string, projectKey = 'ALPHA') => ok(call<ChangeControlDto>('getChangeControl', accountId, { projectKey }));
  const written = () =>
    app.store
      .keys()
      .filter((key) => /^(approved-baseline|change-decision|audit):/.test(key))
      .sort();
  const moveAlpha8 = (due: string, time: string, who: string) => app.fake?.updateIssue('ALPHA-8', { duedate: due }, at(time), who);

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it("reads ALPHA's change requests by type and by label, with their links and impact, all pending before any baseline", async () => {
    const page = await read('exec');
    expect(page.changes.map((change) => [change.key, change.itemKeys, change.impact, change.decision])).toEqual([
      ['ALPHA-13', ['ALPHA-8'], { days: 10, cost: 20_000, scope: null }, null],
      ['ALPHA-14', ['ALPHA-8'], { days: 30, cost: 50_000, scope: null }, null],
      ['ALPHA-15', ['ALPHA-8'], { days: 5, cost: null, scope: null }, null],
    ]);
    expect([page.baseline, page.uncontrolled, page.ledger, page.canDecide]).toEqual([null, null, [], false]);
    expect(page.pending.map((pending) => [pending.key, pending.since, pending.ageDays])).toEqual([
      ['ALPHA-13', '2026-11-02', 18],
      ['ALPHA-14', '2026-11-06', 14],
      ['ALPHA-15', '2026-11-10', 10],
    ]);
  });

  it.each([
    ['the executive (no ADMINISTER_PROJECTS) approving a baseline', 'exec', 'approveBaseline', { projectKey: 'ALPHA' }, 'FORBIDDEN'],
    ['the executive deciding a change', 'exec', 'decideChange', { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0 }, 'FORBIDDEN'],
    ['a baseline for a project that does not exist', 'admin', 'approveBaseline', { projectKey: 'NOPE' }, 'NOT_FOUND'],
    ['a baseline for a project the user may not browse', 'restricted', 'approveBaseline', { projectKey: 'GAMMA' }, 'NOT_FOUND'],
    ['a malformed project key', 'admin', 'approveBaseline', { projectKey: 'no good' }, 'BAD_REQUEST'],
    [
      'an impact that is not a number',
      'pm',
      'decideChange',
      { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0, impact: { days: 'ten' } },
      'BAD_REQUEST',
    ],
    ['a rejection without a reason', 'pm', 'decideChange', { changeKey: 'ALPHA-14', outcome: 'rejected', expectedVersion: 0, reason: '   ' }, 'BAD_REQUEST'],
    ['an approval before any baseline', 'pm', 'decideChange', { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0 }, 'BAD_REQUEST'],
    [
      'a decision on an issue that is not a change request',
      'pm',
      'decideChange',
      { changeKey: 'ALPHA-5', outcome: 'deferred', expectedVersion: 0, reason: 'Later' },
      'NOT_FOUND',
    ],
    [
      'a decision in a project that does not exist',
      'admin',
      'decideChange',
      { changeKey: 'NOPE-1', outcome: 'deferred', expectedVersion: 0, reason: 'Later' },
      'NOT_FOUND',
    ],
  ])('refuses %s and writes nothing', async (_what, accountId, functionKey, payload, code) => {
    expect(await call(functionKey, accountId, payload)).toMatchObject({ ok: false, error: { code } });
    expect(written()).toEqual([]);
  });

  it('answers a project the restricted user may not browse exactly as one that does not exist, naming nothing of it', async () => {
    const hidden = await call('getChangeControl', 'restricted', { projectKey: 'GAMMA' });
    const unknown = await call('getChangeControl', 'restricted', { projectKey: 'NOPE' });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(hidden).replaceAll('GAMMA', 'KEY')).toBe(JSON.stringify(unknown).replaceAll('NOPE', 'KEY'));
    expect(JSON.stringify(hidden)).not.toMatch(/Gamma Vendor Exit|GAMMA-\d/);
    expect(written()).toEqual([]);
  });

  describe("once the project lead approves ALPHA's plan and its dates move twice", () => {
    let page: ChangeControlDto;

    beforeAll(async () => {
      const v1 = await ok(call<ChangeControlDto>('approveBaseline', 'pm', { projectKey: 'ALPHA', expectedVersion: 0 }));
      expect(v1.baseline).toMatchObject({ version: 1, approvedBy: 'pm', budgetAtCompletion: 100_000, scope: 18 });
      // Moved once, by Dana: 2026-12-20 -> 2026-12-30, which ALPHA-13 (+10 days) then covers.
      moveAlpha8('2026-12-30', '13:00', 'dev');
      jest.setSystemTime(at('13:30'));
      await ok(call('decideChange', 'pm', { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0 }));
      // Moved again, by Erin, with no approval: 2026-12-30 -> 2027-01-08.
      moveAlpha8('2027-01-08', '14:00', 'exec');
      jest.setSystemTime(at('14:30'));
      await ok(
        call('decideChange', 'pm', { changeKey: 'ALPHA-14', outcome: 'rejected', expectedVersion: 0, reason: 'Tablet support is not funded this year' }),
      );
      jest.setSystemTime(at('15:00'));
      page = await read('exec');
    });
    afterAll(() => {
      jest.setSystemTime(now);
    });

    it('names exactly one uncontrolled slip: ALPHA-8, 9 days past the approved 2026-12-30, moved by Erin at 14:00', () => {
      expect(page.uncontrolled?.slips).toEqual([
        {
          itemKey: 'ALPHA-8',
          kind: 'milestone',
          approvedDue: '2026-12-30',
          currentDue: '2027-01-08',
          daysLate: 9,
          move: { had: '2026-12-30', has: '2027-01-08', movedAt: '2026-11-20T14:00:00.000Z', movedBy: 'exec' },
        },
      ]);
      expect([page.uncontrolled?.budget, page.uncontrolled?.scope]).toEqual([null, null]);
      expect(page.people['exec']).toBe('Erin Exec');
    });

    it('reads the ledger v1 -> ALPHA-13 -> v2, the rejected change moving nothing', () => {
      expect(page.ledger.map((entry) => entry.label).join(' -> ')).toBe('v1 -> ALPHA-13 (+10 days on ALPHA-8, +20,000 budget) -> v2');
      expect([page.original?.version, page.baseline?.version, page.baseline?.budgetAtCompletion, page.baseline?.changeKey]).toEqual([
        1,
        2,
        120_000,
        'ALPHA-13',
      ]);
    });

    it('logs both decisions, newest first, with who decided and why, and leaves only ALPHA-15 pending', () => {
      expect(page.decisions.map((d) => [d.changeKey, d.outcome, d.decidedBy, d.deciderName, d.reason, d.decidedAt, d.baselineVersion])).toEqual([
        ['ALPHA-14', 'rejected', 'pm', 'Paul PM', 'Tablet support is not funded this year', '2026-11-20T14:30:00.000Z', null],
        ['ALPHA-13', 'approved', 'pm', 'Paul PM', null, '2026-11-20T13:30:00.000Z', 2],
      ]);
      expect(page.pending.map((pending) => [pending.key, pending.ageDays])).toEqual([['ALPHA-15', 10]]);
    });

    it('audits the approval of the baseline and each decision', async () => {
      const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 10 }));
      expect(log.entries.map((entry) => [entry.action, entry.target, entry.by])).toEqual([
        ['change-control.decide', 'ALPHA-14', 'pm'],
        ['change-control.decide', 'ALPHA-13', 'pm'],
        ['change-control.baseline', 'ALPHA', 'pm'],
      ]);
    });

    it('refuses a decision over a version the caller did not see', async () => {
      const before = written();
      expect(await call('decideChange', 'admin', { changeKey: 'ALPHA-14', outcome: 'deferred', expectedVersion: 0, reason: 'Revisit in Q2' })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect(written()).toEqual(before);
    });

    it('lets one of two simultaneous decisions on ALPHA-15 win and tells the other CONFLICT, losing nothing', async () => {
      const answers = await Promise.all([
        call('decideChange', 'pm', { changeKey: 'ALPHA-15', outcome: 'deferred', expectedVersion: 0, reason: 'After the freeze review' }),
        call('decideChange', 'admin', { changeKey: 'ALPHA-15', outcome: 'rejected', expectedVersion: 0, reason: 'The freeze stays' }),
      ]);
      expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
      const after = await read('exec');
      expect(after.decisions.filter((d) => d.changeKey === 'ALPHA-15')).toHaveLength(1);
      expect(after.pending).toEqual([]);
      expect(app.store.keys().filter((key) => key.startsWith('change-decision:ALPHA:ALPHA-15:'))).toHaveLength(1);
    });

    it('lets one of two simultaneous baseline approvals of BETA win and tells the other CONFLICT', async () => {
      const answers = await Promise.all([call('approveBaseline', 'pm', { projectKey: 'BETA' }), call('approveBaseline', 'admin', { projectKey: 'BETA' })]);
      expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
      expect(app.store.keys().filter((key) => key.startsWith('approved-baseline:BETA:'))).toEqual(['approved-baseline:BETA:v000001']);
    });
  });
});
