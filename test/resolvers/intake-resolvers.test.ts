import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import type { ScoringModelDto, ScoringModelListDto } from '../../src/contract/intake-scoring-model-dto';
import { weightedScoringModel } from '../../src/domain/intake/weighted-scoring-model';
import { jiraIssueJson } from '../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const now = new Date('2026-11-20T12:00:00.000Z');

const number = (id: string, name: string) => ({
  id,
  name,
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: Number(id.slice(12)) },
});
const idea = {
  id: '10003',
  key: 'IDEA',
  name: 'Idea Intake',
  projectTypeKey: 'software',
  projectCategory: { id: '10000', name: 'Digital' },
  lead: { accountId: 'pm', displayName: 'Paul PM' },
};
const projectOf = { IDEA: { id: '10003', key: 'IDEA', name: 'Idea Intake' }, GAMMA: { id: '10002', key: 'GAMMA', name: 'Gamma Vendor Exit' } } as const;

interface Wsjf {
  readonly bv?: number;
  readonly tc?: number;
  readonly rr?: number;
  readonly js?: number;
  readonly theme?: string;
}

/** A proposal as Jira answers it, its WSJF parts in the criteria fields (customfield_10070..10073, theme 10076). */
function proposal(id: string, key: string, summary: string, created: string, type: string, labels: string[], wsjf: Wsjf) {
  return jiraIssueJson({
    id,
    key,
    summary,
    created,
    labels,
    project: key.startsWith('GAMMA') ? projectOf.GAMMA : projectOf.IDEA,
    type: { id: type === 'Task' ? '10002' : '10200', name: type },
    custom: {
      customfield_10070: wsjf.bv ?? null,
      customfield_10071: wsjf.tc ?? null,
      customfield_10072: wsjf.rr ?? null,
      customfield_10073: wsjf.js ?? null,
      customfield_10076: wsjf.theme === undefined ? null : { self: 'x', value: wsjf.theme, id: '1' },
    },
  });
}

/**
 * The small site with an intake project IDEA (program Digital, everyone may browse it, led by pm) and one proposal in
 * GAMMA, which the restricted user may not browse. By hand, WSJF = (BV + TC + RR) / JS:
 * IDEA-1 (8 + 5 + 0) / 2 = 6.5; IDEA-3 (5 + 3 + 5) / 2 = 6.5, submitted later; IDEA-2 has no Job Size in Jira;
 * IDEA-4 is a task without the intake label (not a proposal); GAMMA-6 (20 + 20 + 20) / 1 = 60.
 */
const site = siteFileSchema.parse({
  ...fixture,
  projects: [...fixture.projects, idea],
  permissions: Object.fromEntries(Object.entries(fixture.permissions).map(([user, keys]) => [user, [...keys, 'IDEA']])),
  fields: [
    ...fixture.fields,
    number('customfield_10070', 'Business Value'),
    number('customfield_10071', 'Time Criticality'),
    number('customfield_10072', 'Risk Reduction / Opportunity Enablement'),
    number('customfield_10073', 'Job Size'),
    {
      id: 'customfield_10076',
      name: 'Strategic Theme',
      custom: true,
      schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: 10076 },
    },
  ],
  issues: [
    ...fixture.issues,
    proposal('10950', 'IDEA-1', 'Self-service onboarding', '2026-11-01', 'Proposal', [], { bv: 8, tc: 5, rr: 0, js: 2, theme: 'Customer growth' }),
    proposal('10951', 'IDEA-2', 'Partner API', '2026-11-02', 'Idea', [], { bv: 13, tc: 8, rr: 5, theme: 'Ecosystem' }),
    proposal('10952', 'IDEA-3', 'Data retention clean-up', '2026-11-03', 'Task', ['intake'], { bv: 5, tc: 3, rr: 5, js: 2 }),
    proposal('10953', 'IDEA-4', 'Office move', '2026-11-04', 'Task', [], { bv: 1, tc: 1, rr: 1, js: 1 }),
    proposal('10954', 'GAMMA-6', 'Vendor exit phase two', '2026-11-05', 'Proposal', [], { bv: 20, tc: 20, rr: 20, js: 1, theme: 'Cost out' }),
  ],
});

describe('intake on the small site, through the real SDKs and the Jira fake', () => {
  let app: LocalApp;
  const page = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };
  const call = async <T>(functionKey: string, accountId: string, payload: unknown): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...page })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const board = (accountId: string) => ok(call<IntakeBoardDto>('getIntakeBoard', accountId, {}));
  const written = () =>
    app.store
      .keys()
      .filter((key) => /^(scoring-model|intake-|config:intake|audit):/.test(key))
      .sort();

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    await ok(
      call('saveIntakeSettings', 'admin', {
        settings: { projectKeys: ['IDEA', 'GAMMA'], issueTypes: ['Proposal', 'Idea', 'Project Request'], labels: ['intake'], modelId: 'wsjf' },
      }),
    );
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('scores each proposal by WSJF from its Jira fields, with the breakdown, and ranks ties by earlier submission', async () => {
    const shown = await board('exec');
    expect(shown.proposals.map((p) => [p.rank, p.tied, p.key, p.score, p.breakdown])).toEqual([
      [1, false, 'GAMMA-6', 60, 'WSJF 60 = (20 + 20 + 20) / 1'],
      [2, true, 'IDEA-1', 6.5, 'WSJF 6.5 = (8 + 5 + 0) / 2'],
      [2, true, 'IDEA-3', 6.5, 'WSJF 6.5 = (5 + 3 + 5) / 2'],
      [null, false, 'IDEA-2', null, 'WSJF not scored: missing Job Size'],
    ]);
    const first = shown.proposals.find((p) => p.key === 'IDEA-1');
    expect(first).toMatchObject({ projectKey: 'IDEA', program: 'Digital', theme: 'Customer growth', stage: 'submitted', decision: null, decisionVersion: 0 });
    expect(first?.parts.map((part) => [part.name, part.value, part.source])).toEqual([
      ['Business Value', 8, 'jira'],
      ['Time Criticality', 5, 'jira'],
      ['Risk Reduction / Opportunity Enablement', 0, 'jira'],
      ['Job Size', 2, 'jira'],
    ]);
    expect(shown.proposals.find((p) => p.key === 'IDEA-2')).toMatchObject({ missing: ['Job Size'], unscoredBecause: 'missing Job Size' });
    expect([shown.programs, shown.themes]).toEqual([
      ['Digital', 'Operations'],
      ['Cost out', 'Customer growth', 'Ecosystem'],
    ]);
  });

  it('gives the restricted user no trace of the proposal in the project they may not browse', async () => {
    const shown = await board('restricted');
    expect(shown.proposals.map((p) => p.key)).toEqual(['IDEA-1', 'IDEA-3', 'IDEA-2']);
    expect(shown.settings.projectKeys).toEqual(['IDEA']);
    expect(JSON.stringify(shown)).not.toMatch(/GAMMA|Gamma|Vendor exit|Operations|Cost out/);
    const hidden = await call('decideProposal', 'restricted', { proposalKey: 'GAMMA-6', stage: 'screening', expectedVersion: 0 });
    const absent = await call('decideProposal', 'restricted', { proposalKey: 'GAMMA-99', stage: 'screening', expectedVersion: 0 });
    expect(JSON.stringify(hidden).replaceAll('GAMMA-6', 'K')).toBe(JSON.stringify(absent).replaceAll('GAMMA-99', 'K'));
  });

  it('answers a page of the ranked board, filtered on the server, with ranks from the whole board and the counts to page on', async () => {
    const page = await ok(call<IntakeBoardDto>('getIntakeBoard', 'exec', { offset: 1, limit: 2 }));
    expect(page.proposals.map((p) => [p.rank, p.key])).toEqual([
      [2, 'IDEA-1'],
      [2, 'IDEA-3'],
    ]);
    expect(page.page).toEqual({ offset: 1, limit: 2, matching: 4, total: 4 });
    const digital = await ok(call<IntakeBoardDto>('getIntakeBoard', 'exec', { program: 'Digital', stage: 'open' }));
    expect(digital.proposals.map((p) => [p.rank, p.key])).toEqual([
      [2, 'IDEA-1'],
      [2, 'IDEA-3'],
      [null, 'IDEA-2'],
    ]);
    expect([digital.page.matching, digital.page.total, digital.programs, digital.withoutProgram]).toEqual([3, 4, ['Digital', 'Operations'], false]);
  });

  it.each([
    ['a limit over 500', { limit: 501 }],
    ['a negative offset', { offset: -1 }],
    ['a stage that does not exist', { stage: 'parked' }],
    ['a field the board does not know', { sort: 'score' }],
  ])('refuses a board query with %s', async (_what, payload) => {
    expect(await call('getIntakeBoard', 'exec', payload)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('reads stored data only: getIntakeBoard makes zero Jira search requests', async () => {
    app.fake?.resetTraffic();
    await board('pm');
    const byEndpoint = app.fake?.traffic().byEndpoint ?? {};
    const searches = Object.entries(byEndpoint).filter(([endpoint]) => /search\/jql|approximate-count|bulkfetch|changelog|\/issue\//.test(endpoint));
    expect(searches).toEqual([]);
    expect(Object.keys(byEndpoint).sort()).toEqual(['GET /rest/api/3/mypermissions', 'GET /rest/api/3/project/search']);
  });

  it("fills IDEA-2's missing Job Size with a reviewer's score, named as the reviewer's, and ranks it", async () => {
    const shown = await ok(
      call<IntakeBoardDto>('scoreProposal', 'pm', { proposalKey: 'IDEA-2', scores: [{ criterionId: 'jobSize', value: 5 }], board: { offset: 3, limit: 1 } }),
    );
    // The answer is the page the reviewer shows: the fourth place, now IDEA-2's.
    expect([shown.proposals.map((p) => p.key), shown.page]).toEqual([['IDEA-2'], { offset: 3, limit: 1, matching: 4, total: 4 }]);
    const scored = shown.proposals.find((p) => p.key === 'IDEA-2');
    // (13 + 8 + 5) / 5 = 5.2, below the two 6.5s.
    expect([scored?.rank, scored?.breakdown, scored?.parts.at(-1)?.source]).toEqual([4, 'WSJF 5.2 = (13 + 8 + 5) / 5', 'reviewer']);
  });

  it.each([
    ['a value off the Job Size steps', 'pm', { proposalKey: 'IDEA-1', scores: [{ criterionId: 'jobSize', value: 4 }] }, 'BAD_REQUEST'],
    ['a criterion the Jira field already holds', 'pm', { proposalKey: 'IDEA-1', scores: [{ criterionId: 'businessValue', value: 3 }] }, 'BAD_REQUEST'],
    ['a criterion the model does not have', 'pm', { proposalKey: 'IDEA-2', scores: [{ criterionId: 'effort', value: 3 }] }, 'BAD_REQUEST'],
    ['a value that is not a number', 'pm', { proposalKey: 'IDEA-2', scores: [{ criterionId: 'jobSize', value: 'big' }] }, 'BAD_REQUEST'],
    [
      'a score by someone who administers neither Jira nor the project',
      'exec',
      { proposalKey: 'IDEA-2', scores: [{ criterionId: 'jobSize', value: 3 }] },
      'FORBIDDEN',
    ],
    ['a score on an issue that is not a proposal', 'pm', { proposalKey: 'IDEA-4', scores: [{ criterionId: 'jobSize', value: 3 }] }, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_what, accountId, payload, code) => {
    const before = written();
    expect(await call('scoreProposal', accountId, payload)).toMatchObject({ ok: false, error: { code } });
    expect(written()).toEqual(before);
  });

  it('records a move to screening without a reason, who made it and when, and audits it', async () => {
    jest.setSystemTime(new Date('2026-11-20T13:00:00.000Z'));
    const shown = await ok(call<IntakeBoardDto>('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'screening', expectedVersion: 0 }));
    expect(shown.proposals.find((p) => p.key === 'IDEA-1')).toMatchObject({
      stage: 'screening',
      decisionVersion: 1,
      decision: { stage: 'screening', decidedAt: '2026-11-20T13:00:00.000Z', decidedBy: 'pm', deciderName: 'Paul PM', reason: null, source: 'app' },
    });
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 3 }));
    expect(log.entries.map((entry) => [entry.action, entry.target, entry.by, entry.summary])).toEqual([
      ['intake.decide', 'IDEA-1', 'pm', 'Moved IDEA-1 to screening'],
      ['intake.score', 'IDEA-2', 'pm', 'Scored IDEA-2 under "WSJF": Job Size 5'],
      ['intake.settings', 'intake', 'admin', 'Intake set to IDEA, GAMMA, scored by "wsjf"'],
    ]);
  });

  it('refuses a deferral without a reason, and records one with it', async () => {
    const before = written();
    expect(await call('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'deferred', reason: '  ', expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'A proposal is deferred only with a reason.' },
    });
    expect(written()).toEqual(before);
    const shown = await ok(
      call<IntakeBoardDto>('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'deferred', reason: 'After the platform release', expectedVersion: 1 }),
    );
    expect(shown.proposals.find((p) => p.key === 'IDEA-1')?.decision).toMatchObject({ stage: 'deferred', reason: 'After the platform release' });
  });

  it('refuses a decision over a version the caller did not see, writing nothing', async () => {
    const before = written();
    expect(await call('decideProposal', 'admin', { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(written()).toEqual(before);
  });

  it('lets one of two simultaneous decisions on IDEA-3 win and tells the other CONFLICT', async () => {
    const answers = await Promise.all([
      call('decideProposal', 'pm', { proposalKey: 'IDEA-3', stage: 'approved', expectedVersion: 0 }),
      call('decideProposal', 'admin', { proposalKey: 'IDEA-3', stage: 'rejected', reason: 'Retention is handled by the vendor', expectedVersion: 0 }),
    ]);
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(app.store.keys().filter((key) => key.startsWith('intake-decision:IDEA:IDEA-3:'))).toEqual(['intake-decision:IDEA:IDEA-3:v000001']);
  });

  describe('scoring models', () => {
    const model = { ...weightedScoringModel, id: 'pmo-weighted', name: 'PMO weighted' };

    it('refuses a model from someone who is not a Jira administrator, writing nothing', async () => {
      const before = written();
      expect(await call('saveScoringModel', 'pm', { model, expectedVersion: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(written()).toEqual(before);
    });

    it.each([
      ['weights summing to zero', { ...model, criteria: model.criteria.map((c) => ({ ...c, weight: 0 })) }, 'criteria: the weights sum to zero'],
      ['a weight that is not a number', { ...model, criteria: model.criteria.map((c, i) => (i === 2 ? { ...c, weight: 'heavy' } : c)) }, 'criteria.2.weight'],
      [
        'a scale whose min is not below its max',
        { ...model, criteria: model.criteria.map((c, i) => (i === 0 ? { ...c, scale: { min: 5, max: 1 } } : c)) },
        'criteria.0.scale.min',
      ],
    ])('refuses a model with %s, naming the path, and writes nothing', async (_what, bad, path) => {
      const before = written();
      const answer = await call('saveScoringModel', 'admin', { model: bad, expectedVersion: 0 });
      expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(answer.ok ? '' : answer.error.message).toContain(path);
      expect(written()).toEqual(before);
    });

    it('saves a model as version 1, lists it after the built-in ones, and lets one of two saves over version 1 win', async () => {
      const saved = await ok(call<ScoringModelDto>('saveScoringModel', 'admin', { model, expectedVersion: 0 }));
      expect([saved.model.version, saved.builtIn, saved.savedBy]).toEqual([1, false, 'admin']);
      const list = await ok(call<ScoringModelListDto>('listScoringModels', 'exec', {}));
      expect([list.models.map((m) => m.model.id), list.chosenId, list.canEdit]).toEqual([['wsjf', 'weighted', 'value-effort', 'pmo-weighted'], 'wsjf', false]);
      const answers = await Promise.all([
        call('saveScoringModel', 'admin', { model: { ...model, name: 'First' }, expectedVersion: 1 }),
        call('saveScoringModel', 'admin', { model: { ...model, name: 'Second' }, expectedVersion: 1 }),
      ]);
      expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
      expect(app.store.keys().filter((key) => key.startsWith('scoring-model:pmo-weighted:'))).toEqual([
        'scoring-model:pmo-weighted:v000001',
        'scoring-model:pmo-weighted:v000002',
      ]);
    });

    it('refuses to change a built-in model', async () => {
      expect(await call('saveScoringModel', 'admin', { model: weightedScoringModel, expectedVersion: 0 })).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    });
  });
});
