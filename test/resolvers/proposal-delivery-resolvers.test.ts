import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto } from '../../src/contract/intake-board-dto';
import type { PortfolioDto } from '../../src/contract/portfolio-dto';
import { jiraIssueJson } from '../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const now = new Date('2026-11-20T12:00:00.000Z');

/** An intake project: IDEA is led by dev (who may browse ALPHA and BETA only), SECRET by pm, hidden from dev and restricted. */
const intakeProject = (id: string, key: string, name: string, lead: string) => ({
  id,
  key,
  name,
  projectTypeKey: 'business',
  lead: { accountId: lead, displayName: lead },
});
const projects = { IDEA: intakeProject('10003', 'IDEA', 'Idea Intake', 'dev'), SECRET: intakeProject('10004', 'SECRET', 'Secret Intake', 'pm') };

function proposal(id: string, key: string, summary: string) {
  return jiraIssueJson({ id, key, summary, created: '2026-11-01', project: key.startsWith('SECRET') ? projects.SECRET : projects.IDEA });
}

const site = siteFileSchema.parse({
  ...fixture,
  projects: [...fixture.projects, projects.IDEA, projects.SECRET],
  permissions: Object.fromEntries(
    Object.entries(fixture.permissions).map(([user, keys]) => [user, [...keys, 'IDEA', ...(['admin', 'pm', 'exec'].includes(user) ? ['SECRET'] : [])]]),
  ),
  issues: [
    ...fixture.issues,
    proposal('10950', 'IDEA-1', 'Self-service onboarding'),
    proposal('10951', 'IDEA-2', 'Partner API'),
    proposal('10952', 'IDEA-3', 'Vendor exit tooling'),
    proposal('10960', 'SECRET-1', 'Acquisition integration'),
  ],
});

describe('linking approved proposals to their delivery, through the real SDKs and the Jira fake', () => {
  let app: LocalApp;
  const page = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };
  const call = async <T>(functionKey: string, accountId: string, payload: unknown): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...page })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const proposalOn = async (accountId: string, key: string) =>
    (await ok(call<IntakeBoardDto>('getIntakeBoard', accountId, {}))).proposals.find((p) => p.key === key);
  const link = (accountId: string, proposalKey: string, target: unknown, expectedVersion: number) =>
    call<IntakeBoardDto>('linkProposalDelivery', accountId, { proposalKey, target, expectedVersion });
  const deliveryKeys = () =>
    app.store
      .keys()
      .filter((key) => key.startsWith('intake-delivery:') || key.startsWith('audit:'))
      .sort();
  const approve = async (key: string) => {
    await ok(call('decideProposal', 'admin', { proposalKey: key, stage: 'screening', expectedVersion: 0 }));
    await ok(call('decideProposal', 'admin', { proposalKey: key, stage: 'approved', expectedVersion: 1 }));
  };
  const rowsOf = (portfolio: PortfolioDto) => portfolio.programs.flatMap((program) => program.projects);

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    await ok(call('saveIntakeSettings', 'admin', { settings: { projectKeys: ['IDEA', 'SECRET'], issueTypes: ['Proposal'], labels: [], modelId: 'wsjf' } }));
    await approve('IDEA-1');
    await approve('IDEA-3');
    await approve('SECRET-1');
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it("links IDEA-1 to project ALPHA for IDEA's project administrator, shows who and when, and audits it", async () => {
    jest.setSystemTime(new Date('2026-11-20T13:00:00.000Z'));
    const board = await ok(link('dev', 'IDEA-1', { kind: 'project', projectKey: 'ALPHA' }, 0));
    expect(board.proposals.find((p) => p.key === 'IDEA-1')).toMatchObject({
      deliveryVersion: 1,
      delivery: { kind: 'project', projectKey: 'ALPHA', projectName: 'Alpha Mobile', linkedAt: '2026-11-20T13:00:00.000Z' },
    });
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 1 }));
    expect(log.entries.map((entry) => [entry.action, entry.target, entry.by, entry.summary])).toEqual([
      ['intake.deliver', 'IDEA-1', 'dev', 'Linked IDEA-1 to project ALPHA'],
    ]);
  });

  it.each([
    ['a proposal not approved yet', 'dev', 'IDEA-2', { kind: 'project', projectKey: 'ALPHA' }, 0, 'BAD_REQUEST', 'IDEA-2 is submitted, not approved'],
    [
      'a project the linker may not browse',
      'dev',
      'IDEA-1',
      { kind: 'project', projectKey: 'GAMMA' },
      1,
      'BAD_REQUEST',
      'There is no refreshed project GAMMA that you may browse',
    ],
    [
      'a project that does not exist',
      'dev',
      'IDEA-1',
      { kind: 'project', projectKey: 'ZZZ' },
      1,
      'BAD_REQUEST',
      'There is no refreshed project ZZZ that you may browse',
    ],
    ['an intake project', 'dev', 'IDEA-1', { kind: 'project', projectKey: 'IDEA' }, 1, 'BAD_REQUEST', 'IDEA is an intake project'],
    ['an epic key naming a story', 'dev', 'IDEA-1', { kind: 'epic', issueKey: 'ALPHA-2' }, 1, 'BAD_REQUEST', 'ALPHA-2 is a Story, not an epic'],
    ['an epic key no stored item has', 'dev', 'IDEA-1', { kind: 'epic', issueKey: 'ALPHA-999' }, 1, 'BAD_REQUEST', 'There is no issue ALPHA-999 in ALPHA'],
    [
      'a link by someone who administers neither Jira nor IDEA',
      'exec',
      'IDEA-1',
      { kind: 'project', projectKey: 'BETA' },
      1,
      'FORBIDDEN',
      'Only a Jira administrator',
    ],
    ['a link over a version the linker did not see', 'dev', 'IDEA-1', { kind: 'project', projectKey: 'BETA' }, 0, 'CONFLICT', 'changed meanwhile'],
  ])('refuses %s, saying why, and writes nothing', async (_what, accountId, proposalKey, target, expectedVersion, code, words) => {
    const before = deliveryKeys();
    const answer = await link(accountId, proposalKey, target, expectedVersion);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(answer.ok ? '' : answer.error.message).toContain(words);
    expect(deliveryKeys()).toEqual(before);
  });

  it('answers a project the linker may not browse exactly as one that does not exist', async () => {
    const hidden = await link('dev', 'IDEA-1', { kind: 'epic', issueKey: 'GAMMA-1' }, 1);
    const absent = await link('dev', 'IDEA-1', { kind: 'epic', issueKey: 'ZZZ-1' }, 1);
    expect(JSON.stringify(hidden).replaceAll('GAMMA', 'K')).toBe(JSON.stringify(absent).replaceAll('ZZZ', 'K'));
  });

  it('relinks IDEA-1 to the epic ALPHA-1, named with its summary', async () => {
    const board = await ok(link('dev', 'IDEA-1', { kind: 'epic', issueKey: 'ALPHA-1' }, 1));
    const epic = site.issues.find((issue) => issue.key === 'ALPHA-1');
    expect(board.proposals.find((p) => p.key === 'IDEA-1')).toMatchObject({
      deliveryVersion: 2,
      delivery: { kind: 'epic', projectKey: 'ALPHA', epicKey: 'ALPHA-1', epicSummary: epic?.fields.summary },
    });
  });

  it('lets one of two simultaneous links on IDEA-1 win and tells the other CONFLICT', async () => {
    const answers = await Promise.all([
      link('dev', 'IDEA-1', { kind: 'project', projectKey: 'BETA' }, 2),
      link('admin', 'IDEA-1', { kind: 'project', projectKey: 'ALPHA' }, 2),
    ]);
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    expect(app.store.keys().filter((key) => key.startsWith('intake-delivery:IDEA:IDEA-1:'))).toEqual([
      'intake-delivery:IDEA:IDEA-1:v000001',
      'intake-delivery:IDEA:IDEA-1:v000002',
      'intake-delivery:IDEA:IDEA-1:v000003',
    ]);
  });

  it('unlinks IDEA-1, auditing it, and refuses to unlink it twice', async () => {
    const board = await ok(call<IntakeBoardDto>('unlinkProposalDelivery', 'dev', { proposalKey: 'IDEA-1', expectedVersion: 3 }));
    expect(board.proposals.find((p) => p.key === 'IDEA-1')).toMatchObject({ delivery: null, deliveryVersion: 4 });
    const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 1 }));
    expect(log.entries[0]?.summary).toMatch(/^Unlinked IDEA-1 from project (ALPHA|BETA)$/);
    expect(await call('unlinkProposalDelivery', 'dev', { proposalKey: 'IDEA-1', expectedVersion: 4 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
  });

  it('shows a delivery in a project the viewer may not browse as delivered elsewhere, naming nothing of it', async () => {
    await ok(link('admin', 'IDEA-3', { kind: 'project', projectKey: 'GAMMA' }, 0));
    expect((await proposalOn('pm', 'IDEA-3'))?.delivery).toMatchObject({ kind: 'project', projectKey: 'GAMMA' });
    const seen = await proposalOn('restricted', 'IDEA-3');
    expect(seen?.delivery).toEqual({ kind: 'hidden' });
    expect(JSON.stringify(seen)).not.toMatch(/GAMMA|Gamma/);
  });

  it("puts the delivered proposals on their project's portfolio row, leaving the intake projects out of the rows", async () => {
    await ok(link('admin', 'IDEA-1', { kind: 'epic', issueKey: 'BETA-1' }, 4));
    await ok(link('pm', 'SECRET-1', { kind: 'project', projectKey: 'BETA' }, 0));
    const portfolio = await ok(call<PortfolioDto>('getPortfolio', 'exec', {}));
    const rows = rowsOf(portfolio);
    expect(rows.map((row) => row.rollup.project.key).sort()).toEqual(['ALPHA', 'BETA', 'GAMMA']);
    expect(portfolio.intakeProjects.map((project) => project.key)).toEqual(['IDEA', 'SECRET']);
    expect(rows.map((row) => [row.rollup.project.key, row.fromIntake])).toEqual(
      expect.arrayContaining([
        ['ALPHA', []],
        [
          'BETA',
          [
            { key: 'IDEA-1', summary: 'Self-service onboarding', epicKey: 'BETA-1' },
            { key: 'SECRET-1', summary: 'Acquisition integration', epicKey: null },
          ],
        ],
        ['GAMMA', [{ key: 'IDEA-3', summary: 'Vendor exit tooling', epicKey: null }]],
      ]),
    );
  });

  it('gives the restricted viewer no trace of a proposal in an intake project they cannot browse', async () => {
    const portfolio = await ok(call<PortfolioDto>('getPortfolio', 'restricted', {}));
    expect(rowsOf(portfolio).map((row) => [row.rollup.project.key, row.fromIntake.map((p) => p.key)])).toEqual([
      ['ALPHA', []],
      ['BETA', ['IDEA-1']],
    ]);
    expect(portfolio.intakeProjects.map((project) => project.key)).toEqual(['IDEA']);
    expect(JSON.stringify(portfolio)).not.toMatch(/SECRET|Secret|Acquisition/);
    const board = await ok(call<IntakeBoardDto>('getIntakeBoard', 'restricted', {}));
    expect(JSON.stringify(board)).not.toMatch(/SECRET|Secret|Acquisition/);
  });

  it("reads stored data only: getPortfolio asks Jira for nothing but the viewer's projects", async () => {
    app.fake?.resetTraffic();
    await ok(call<PortfolioDto>('getPortfolio', 'exec', {}));
    expect(Object.keys(app.fake?.traffic().byEndpoint ?? {}).sort()).toEqual(['GET /rest/api/3/project/search']);
  });
});
