import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto, IntakeProposalDto } from '../../src/contract/intake-board-dto';
import { jiraIssueJson } from '../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const now = new Date('2026-11-20T12:00:00.000Z');
const beta = { id: '10001', key: 'BETA', name: 'Beta Platform' };
const ideaProject = { id: '10003', key: 'IDEA', name: 'Idea Intake' };

interface Plan {
  readonly program?: string;
  readonly points?: number;
  readonly start?: string;
  readonly due?: string;
}

/** An issue as Jira answers it: its Program select (customfield_10055), points (10016), start (10015) and due date. */
function issue(id: string, key: string, type: string, project: typeof beta, plan: Plan) {
  return jiraIssueJson({
    id,
    key,
    project,
    type: { id: type === 'Story' ? '10001' : '10200', name: type },
    due: plan.due ?? null,
    custom: {
      customfield_10015: plan.start ?? null,
      customfield_10016: plan.points ?? null,
      customfield_10055: plan.program === undefined ? null : { self: 'x', value: plan.program, id: '1' },
    },
  });
}

/**
 * The small site with BETA-9 (Digital, 92 points from 2027-04-01 to 2027-06-30, all in 2027-Q2) and an intake project
 * IDEA in no program, whose proposals name their program in the Program field. By hand, with Digital's capacity 100 in
 * 2027-Q2 and 50 in 2027-Q3 (Digital has no other work there), and Operations' 10 in 2026-Q4:
 * - IDEA-1, Digital, 16 points over 2027-Q2: 92 + 16 = 108 of 100, from 92% (amber) to 108% (red): over.
 * - IDEA-2, Digital, 5 points due 2027-09-15 (no start): 5 of 50 in 2027-Q3: fits.
 * - IDEA-3, Digital, dated but no points: unchecked. IDEA-4, Operations, 3 points, no dates: unchecked.
 * - IDEA-5 names no program (and IDEA has none): unchecked. IDEA-6 names Research, which has no capacity: unchecked.
 */
const site = siteFileSchema.parse({
  ...fixture,
  projects: [...fixture.projects, { ...ideaProject, projectTypeKey: 'software', lead: { accountId: 'pm', displayName: 'Paul PM' } }],
  permissions: Object.fromEntries(Object.entries(fixture.permissions).map(([user, keys]) => [user, [...keys, 'IDEA']])),
  issues: [
    ...fixture.issues,
    issue('10900', 'BETA-9', 'Story', beta, { points: 92, start: '2027-04-01', due: '2027-06-30' }),
    issue('10950', 'IDEA-1', 'Proposal', ideaProject, { program: 'Digital', points: 16, start: '2027-04-01', due: '2027-06-30' }),
    issue('10951', 'IDEA-2', 'Proposal', ideaProject, { program: 'Digital', points: 5, due: '2027-09-15' }),
    issue('10952', 'IDEA-3', 'Proposal', ideaProject, { program: 'Digital', start: '2027-04-01', due: '2027-05-01' }),
    issue('10953', 'IDEA-4', 'Proposal', ideaProject, { program: 'Operations', points: 3 }),
    issue('10954', 'IDEA-5', 'Proposal', ideaProject, { points: 3, due: '2027-05-01' }),
    issue('10955', 'IDEA-6', 'Proposal', ideaProject, { program: 'Research', points: 3, due: '2027-05-01' }),
  ],
});
const capacities = [
  { program: 'Digital', unit: 'story-points', byQuarter: { '2027-Q2': 100, '2027-Q3': 50 } },
  { program: 'Operations', unit: 'story-points', byQuarter: { '2026-Q4': 10 } },
];

jest.setTimeout(60_000);

describe("the approval check against the proposal's program capacity, through the real SDKs and the Jira fake", () => {
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
  const proposalOf = (shown: IntakeBoardDto, key: string): IntakeProposalDto => {
    const found = shown.proposals.find((p) => p.key === key);
    if (found === undefined) throw new Error(`${key} is not on the board`);
    return found;
  };
  const written = () =>
    app.store
      .keys()
      .filter((key) => /^(intake-|audit):/.test(key))
      .sort();

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    await ok(call('saveIntakeSettings', 'admin', { settings: { projectKeys: ['IDEA'], issueTypes: ['Proposal'], labels: [], modelId: 'wsjf' } }));
    await ok(call('saveCapacity', 'admin', { capacities, expectedVersion: 0 }));
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it("takes a proposal's program from its Program field, since its intake project is in none", async () => {
    const shown = await board('pm');
    expect(shown.proposals.map((p) => [p.key, p.program]).sort()).toEqual([
      ['IDEA-1', 'Digital'],
      ['IDEA-2', 'Digital'],
      ['IDEA-3', 'Digital'],
      ['IDEA-4', 'Operations'],
      ['IDEA-5', null],
      ['IDEA-6', 'Research'],
    ]);
    expect(shown.programs).toEqual(['Digital', 'Operations', 'Research']);
  });

  it('checks each open proposal the viewer may decide against the heat map: 92% -> 108% is over, 5 of 50 fits', async () => {
    const shown = await board('pm');
    const check = proposalOf(shown, 'IDEA-1').approvalCheck;
    expect(check).toMatchObject({ kind: 'over', program: 'Digital', withoutCapacity: [] });
    expect(check?.kind === 'over' ? check.over : []).toMatchObject([
      {
        quarter: '2027-Q2',
        before: { capacity: 100, demand: 92, load: 0.92, rag: 'amber', overCapacity: false },
        after: { capacity: 100, demand: 108, load: 1.08, rag: 'red', overCapacity: true },
        alreadyOver: false,
        description: 'Digital 2027-Q2 from 92% to 108%',
      },
    ]);
    expect(proposalOf(shown, 'IDEA-2').approvalCheck).toEqual({ kind: 'fits', program: 'Digital', quarters: ['2027-Q3'], withoutCapacity: [] });
  });

  it.each([
    ['IDEA-3', 'no estimate in story points'],
    ['IDEA-4', 'no dates'],
    ['IDEA-5', 'no program'],
    ['IDEA-6', 'no capacity set for Research'],
  ])('says why %s cannot be checked: %s', async (key, reason) => {
    expect(proposalOf(await board('pm'), key).approvalCheck).toEqual({ kind: 'unchecked', reason });
  });

  it('gives every open proposal its plan for the what-if, and the check only to those who may decide', async () => {
    const shown = await board('exec');
    expect(proposalOf(shown, 'IDEA-1')).toMatchObject({
      canDecide: false,
      approvalCheck: null,
      capacityPlan: { estimate: 16, unit: 'story-points', quarter: '2027-Q2' },
    });
    expect(proposalOf(shown, 'IDEA-2').capacityPlan).toEqual({ estimate: 5, unit: 'story-points', quarter: '2027-Q3' });
    expect(proposalOf(shown, 'IDEA-4').capacityPlan).toEqual({ estimate: 3, unit: 'story-points', quarter: null });
  });

  it('reads the heat map from storage: the board asks Jira for the projects once and searches nothing', async () => {
    app.fake?.resetTraffic();
    await board('pm');
    const byEndpoint = app.fake?.traffic().byEndpoint ?? {};
    expect(Object.keys(byEndpoint).sort()).toEqual(['GET /rest/api/3/mypermissions', 'GET /rest/api/3/project/search']);
    expect(byEndpoint['GET /rest/api/3/project/search']).toBe(1);
  });

  it('refuses an approval that overloads a quarter until it is confirmed, naming the quarter, and writes nothing', async () => {
    const before = written();
    expect(await call('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 0 })).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'Approving IDEA-1 takes Digital over capacity in 2027-Q2 (92% -> 108%). Confirm the overload to approve.',
      },
    });
    expect(await call('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 0, overloadConfirmed: false })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(written()).toEqual(before);
  });

  it('records a confirmed overload on the approval and audits it', async () => {
    jest.setSystemTime(new Date('2026-11-20T13:00:00.000Z'));
    const shown = await ok(
      call<IntakeBoardDto>('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 0, overloadConfirmed: true }),
    );
    expect(proposalOf(shown, 'IDEA-1')).toMatchObject({
      stage: 'approved',
      approvalCheck: null,
      capacityPlan: null,
      decision: { stage: 'approved', decidedBy: 'pm', overloadConfirmed: true },
    });
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 1 }));
    expect(log.entries.map((entry) => [entry.action, entry.target, entry.summary])).toEqual([
      ['intake.decide', 'IDEA-1', 'Approved IDEA-1, confirmed over an overloaded quarter'],
    ]);
  });

  it.each([
    ['a fitting proposal', 'IDEA-2'],
    ['a proposal that cannot be checked', 'IDEA-3'],
  ])('records no overload for %s even when the caller confirms one', async (_what, key) => {
    const shown = await ok(call<IntakeBoardDto>('decideProposal', 'pm', { proposalKey: key, stage: 'approved', expectedVersion: 0, overloadConfirmed: true }));
    expect(proposalOf(shown, key).decision).toMatchObject({ stage: 'approved', overloadConfirmed: false });
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 1 }));
    expect(log.entries[0]?.summary).toBe(`Approved ${key}`);
  });
});
