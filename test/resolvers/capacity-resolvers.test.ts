import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { CapacityDto, CapacitySettingsDto } from '../../src/contract/capacity-dto';
import type { CapacityWhatIfDto } from '../../src/contract/capacity-what-if-dto';
import type { Envelope } from '../../src/contract/envelope';
import { storeSnapshot } from '../trust/support/store-snapshot';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const now = new Date('2026-11-20T12:00:00.000Z');
const todo = { id: '10000', name: 'To Do', statusCategory: { key: 'new' } };

/** A story of the small site as Jira answers it: project, points, and its start and due dates. */
function story(id: string, key: string, project: { id: string; key: string; name: string }, points: number, start: string | null, due: string | null) {
  return {
    id,
    key,
    fields: {
      summary: `Capacity story ${key}`,
      issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      project,
      status: todo,
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'pm', displayName: 'Paul PM', active: true },
      labels: [],
      duedate: due,
      created: '2026-11-01T09:00:00.000+0000',
      updated: '2026-11-01T09:00:00.000+0000',
      resolutiondate: null,
      resolution: null,
      subtasks: [],
      issuelinks: [],
      customfield_10015: start,
      customfield_10016: points,
    },
    changelog: { histories: [] },
  };
}

/**
 * The small site (test/fixtures/small-site.md) with two stories more: BETA-9, 30 points from 2027-03-01 to 2027-04-30,
 * and GAMMA-6, 12 points with no dates. By hand, today 2026-11-20 (2026-Q4), story points still to do:
 * - Digital (ALPHA, BETA): ALPHA-4 8 and ALPHA-5 2 (due in Q4), BETA-3 5 (due in Q4), BETA-4 3 over today..2027-01-10
 *   (52 days: 42 in Q4, 10 in Q1), BETA-9 30 over 61 days (31 in Q1, 30 in Q2).
 *   Q4 = 15 + 3 × 42 / 52 = 17.4231; Q1 = 3 × 10 / 52 + 30 × 31 / 61 = 15.8228; Q2 = 30 × 30 / 61 = 14.7541; Q3 = 0.
 * - Operations (GAMMA, hidden from `restricted`): GAMMA-6 12, all now: Q4 = 12.
 * Capacities: Digital 20 / 40 / 12 in 2026-Q4 / 2027-Q1 / 2027-Q2; Operations 10 in 2026-Q4.
 */
const site = siteFileSchema.parse({
  ...fixture,
  issues: [
    ...fixture.issues,
    story('10900', 'BETA-9', { id: '10001', key: 'BETA', name: 'Beta Platform' }, 30, '2027-03-01', '2027-04-30'),
    story('10901', 'GAMMA-6', { id: '10002', key: 'GAMMA', name: 'Gamma Vendor Exit' }, 12, null, null),
  ],
});
const q4 = 15 + (3 * 42) / 52;
const q1 = (3 * 10) / 52 + (30 * 31) / 61;
const q2 = (30 * 30) / 61;
const capacities = [
  { program: 'Digital', unit: 'story-points', byQuarter: { '2026-Q4': 20, '2027-Q1': 40, '2027-Q2': 12 } },
  { program: 'Operations', unit: 'story-points', byQuarter: { '2026-Q4': 10 } },
];

jest.setTimeout(60_000);

describe('the capacity resolvers on the small hand-checked site', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, payload: unknown, accountId: string): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } })) as Envelope<T>;
  const capacityAs = async (accountId: string): Promise<CapacityDto> => {
    const answer = await call<CapacityDto>('getCapacity', {}, accountId);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
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

  it('shows every program grey, saying no capacity is set, before an admin sets one', async () => {
    const capacity = await capacityAs('admin');
    expect(capacity.heatMap.rows.map((row) => [row.program, row.cells.map((cell) => cell.rag)])).toEqual([
      ['Digital', ['grey', 'grey', 'grey', 'grey']],
      ['Operations', ['grey', 'grey', 'grey', 'grey']],
    ]);
    expect(capacity.heatMap.rows[1]?.cells[0]?.reason).toBe('no capacity set (demand 12)');
    expect(capacity.settings).toMatchObject({ version: 0, capacities: [] });
  });

  it('lets an admin save the capacities, audited', async () => {
    const saved = await call<CapacitySettingsDto>('saveCapacity', { capacities, expectedVersion: 0 }, 'admin');
    expect(saved).toMatchObject({ ok: true, data: { version: 1, capacities, bands: { amberFrom: 0.75, redAbove: 1 }, savedBy: 'admin' } });
    const audit = await call<AuditLogDto>('getAuditLog', { limit: 5 }, 'admin');
    expect(audit.ok && audit.data.entries[0]).toMatchObject({
      action: 'capacity.update',
      target: 'capacity',
      by: 'admin',
      summary: 'Set the capacity of 2 programs (version 1)',
    });
  });

  it('answers the heat map the admin sees as computed by hand', async () => {
    const capacity = await capacityAs('admin');
    expect(capacity.heatMap.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3']);
    const digital = capacity.heatMap.rows.find((row) => row.program === 'Digital');
    expect(digital?.cells.map((cell) => [cell.capacity, cell.rag, cell.reason])).toEqual([
      [20, 'amber', 'load 0.87 (17.4 of 20)'],
      [40, 'green', 'load 0.40 (15.8 of 40)'],
      [12, 'red', 'load 1.23 (14.8 of 12)'],
      [null, 'grey', 'no capacity set (demand 0)'],
    ]);
    const demand = digital?.cells.map((cell) => cell.demand) ?? [];
    [q4, q1, q2, 0].forEach((expected, index) => {
      expect(demand[index]).toBeCloseTo(expected, 12);
    });
    const operations = capacity.heatMap.rows.find((row) => row.program === 'Operations');
    expect(operations?.cells[0]).toMatchObject({ capacity: 10, demand: 12, load: 1.2, rag: 'red', overCapacity: true });
    expect(capacity.programs.map((program) => [program.program, program.projects.map((p) => p.key)])).toEqual([
      ['Digital', ['ALPHA', 'BETA']],
      ['Operations', ['GAMMA']],
    ]);
  });

  it('gives the restricted user no demand, row, name or capacity of the program whose projects they cannot browse', async () => {
    const capacity = await capacityAs('restricted');
    const text = JSON.stringify(capacity);
    for (const trace of ['GAMMA', 'Gamma', 'Operations', '"demand":12']) expect(text).not.toContain(trace);
    expect(capacity.heatMap.rows.map((row) => row.program)).toEqual(['Digital']);
    expect(capacity.heatMap.rows[0]?.cells[0]?.reason).toBe('load 0.87 (17.4 of 20)');
    expect([capacity.canEdit, capacity.settings]).toEqual([false, null]);
  });

  it('reads stored items only: getCapacity makes no Jira search, only the viewer’s projects and admin standing', async () => {
    app.fake?.resetTraffic();
    await capacityAs('pm');
    const byEndpoint = app.fake?.traffic().byEndpoint ?? {};
    const searches = Object.entries(byEndpoint).filter(([endpoint]) => /search\/jql|approximate-count|bulkfetch|changelog/.test(endpoint));
    expect(searches).toEqual([]);
    expect(Object.keys(byEndpoint).sort()).toEqual(['GET /rest/api/3/mypermissions', 'GET /rest/api/3/project/search']);
  });

  it('shows which quarters ticked proposals push over, on the viewer’s heat map', async () => {
    const proposals = [
      { id: 'IN-7', program: 'Digital', estimate: 20, runs: { kind: 'quarters', quarters: ['2027-Q1'] } },
      { id: 'IN-8', program: 'Digital', estimate: 30, runs: { kind: 'dates', start: '2027-03-01', end: '2027-04-30' } },
    ];
    const answer = await call<CapacityWhatIfDto>('whatIfCapacity', { proposals, selectedIds: ['IN-7'] }, 'restricted');
    // 15.8228 + 20 = 35.8228 of 40: 0.90.
    expect(answer.ok && answer.data.changes.map((change) => change.description)).toEqual(['pushes Digital 2027-Q1 from green 0.40 to amber 0.90']);
  });

  it('refuses a save by anyone but a Jira administrator and changes nothing stored', async () => {
    const before = await storeSnapshot(app.store);
    for (const accountId of ['pm', 'restricted']) {
      const answer = await call('saveCapacity', { capacities: [], expectedVersion: 1 }, accountId);
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await storeSnapshot(app.store)).toEqual(before);
  });

  it.each([
    [
      'a capacity that is not a number',
      [{ program: 'Digital', unit: 'story-points', byQuarter: { '2027-Q1': 'forty' } }],
      'capacities.0.byQuarter.2027-Q1: capacity must be a number',
    ],
    [
      'a negative capacity',
      [{ program: 'Digital', unit: 'story-points', byQuarter: { '2027-Q1': -5 } }],
      'capacities.0.byQuarter.2027-Q1: capacity must not be negative',
    ],
    ['an unknown unit', [{ program: 'Digital', unit: 'hours', byQuarter: {} }], 'capacities.0.unit: unit must be one of story-points, person-days'],
    [
      'a malformed quarter',
      [{ program: 'Digital', unit: 'story-points', byQuarter: { '2027-Q5': 40 } }],
      'capacities.0.byQuarter.2027-Q5: "2027-Q5" is not a quarter',
    ],
  ])('refuses %s with BAD_REQUEST naming its path, and writes nothing', async (_name, bad, message) => {
    const before = await storeSnapshot(app.store);
    const answer = await call('saveCapacity', { capacities: bad, expectedVersion: 1 }, 'admin');
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(answer.ok ? '' : answer.error.message).toContain(message);
    expect(await storeSnapshot(app.store)).toEqual(before);
  });

  it('refuses bands out of order with BAD_REQUEST naming their path, and writes nothing', async () => {
    const before = await storeSnapshot(app.store);
    const answer = await call('saveCapacity', { capacities, bands: { amberFrom: 1.2, redAbove: 1 }, expectedVersion: 1 }, 'admin');
    expect(answer.ok ? '' : answer.error.message).toContain('bands.amberFrom: amberFrom must not be above redAbove');
    expect(await storeSnapshot(app.store)).toEqual(before);
  });

  it('answers CONFLICT to a save over a version someone else moved past, and keeps what they saved', async () => {
    const first = await call<CapacitySettingsDto>('saveCapacity', { capacities, bands: { amberFrom: 0.8, redAbove: 1.1 }, expectedVersion: 1 }, 'admin');
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const before = await storeSnapshot(app.store);
    const stale = await call('saveCapacity', { capacities: [], expectedVersion: 1 }, 'admin');
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await storeSnapshot(app.store)).toEqual(before);
    expect((await capacityAs('admin')).heatMap.bands).toEqual({ amberFrom: 0.8, redAbove: 1.1 });
  });
});
