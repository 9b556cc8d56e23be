import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { SiteFile } from '../../local/site/site-file-schema';
import type { Envelope } from '../../src/contract/envelope';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';

const now = new Date('2026-11-20T12:00:00.000Z');

/**
 * The small hand-checked site (test/fixtures/small-site.md) with one addition: the critical risk ALPHA-9 "relates to"
 * the epic ALPHA-1, so the stories under that epic inherit it.
 */
function siteWithEpicRisk(): SiteFile {
  const site = structuredClone(loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')));
  const relates = site.issueLinkTypes.find((type) => type.name === 'Relates');
  const risk = site.issues.find((issue) => issue.key === 'ALPHA-9');
  const epic = site.issues.find((issue) => issue.key === 'ALPHA-1');
  if (!relates || !risk || !epic) throw new Error('the small site has changed: ALPHA-1, ALPHA-9 and the Relates type are expected');
  const linksOf = (fields: Record<string, unknown>): unknown[] => (Array.isArray(fields['issuelinks']) ? (fields['issuelinks'] as unknown[]) : []);
  risk.fields['issuelinks'] = [...linksOf(risk.fields), { id: '19999', type: relates, outwardIssue: { id: epic.id, key: epic.key } }];
  epic.fields['issuelinks'] = [...linksOf(epic.fields), { id: '19999', type: relates, inwardIssue: { id: risk.id, key: risk.key } }];
  return site;
}

describe('getIssueGovernance on the small site', () => {
  let app: LocalApp;
  const panelAs = async (accountId: string, issueKey: string) =>
    (await app.invokeResolver({
      functionKey: 'getIssueGovernance',
      payload: { issueKey },
      accountId,
      moduleKey: 'pmo-issue-panel',
      extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
    })) as Envelope<IssueGovernanceDto>;
  const dataOf = async (accountId: string, issueKey: string): Promise<IssueGovernanceDto> => {
    const answer = await panelAs(accountId, issueKey);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: siteWithEpicRisk(), dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each([
    ['the overdue milestone ALPHA-7', 'ALPHA-7', ['milestone-on-time']],
    ['the done milestone ALPHA-6', 'ALPHA-6', []],
  ])('lists the template violations of %s, each with how to fix it', async (_name, issueKey, ruleIds) => {
    const panel = await dataOf('pm', issueKey);
    expect(panel.complianceViolations.map((v) => v.ruleId)).toEqual(ruleIds);
    for (const violation of panel.complianceViolations) expect(violation.fixHint.length).toBeGreaterThan(0);
  });

  it("shows the story under the epic the epic's critical risk, inherited, with its matrix cell and owner", async () => {
    const panel = await dataOf('pm', 'ALPHA-5');
    expect(panel.raidItem).toBeNull();
    const inherited = panel.related.find((r) => r.item.key === 'ALPHA-9');
    expect(inherited).toMatchObject({
      relation: 'inherited',
      via: 'ALPHA-1',
      item: {
        kind: 'risk',
        score: 25,
        severity: 'critical',
        cell: { probability: 5, impact: 5, colour: 'red' },
        owner: { accountId: 'pm', displayName: 'Paul PM' },
      },
    });
  });

  it('shows a sub-task the critical risk of the epic above its story, inherited through both', async () => {
    const panel = await dataOf('pm', 'ALPHA-12');
    expect(panel.related.filter((r) => r.item.key === 'ALPHA-9').map((r) => [r.relation, r.via])).toEqual([['inherited', 'ALPHA-1']]);
    expect(panel.partial).toBe(false);
  });

  it('shows the late upstream dependency across projects: BETA-4 due 26 days after ALPHA-5', async () => {
    const panel = await dataOf('pm', 'ALPHA-5');
    expect(panel.upstream.map((d) => [d.blocker.key, d.blocked?.key, d.crossProject, d.late])).toEqual([['BETA-4', 'ALPHA-5', true, true]]);
    expect(panel.upstream[0]?.lateReason).toContain('26 days after ALPHA-5');
  });

  it.each([
    [
      'a risk by type',
      'ALPHA-9',
      {
        kind: 'risk',
        score: 25,
        cell: { probability: 5, impact: 5, colour: 'red' },
        residual: { probability: 4, impact: 5, score: 20 },
        statusName: 'In Progress',
      },
    ],
    [
      'a risk by label, unmitigated',
      'ALPHA-10',
      { kind: 'risk', score: 6, severity: 'medium', cell: { probability: 2, impact: 3, colour: 'amber' }, residual: null, mitigation: null },
    ],
    ['an assumption, unassigned', 'ALPHA-11', { kind: 'assumption', score: null, cell: null, owner: null }],
    ['a dependency by label', 'BETA-7', { kind: 'dependency' }],
  ])('answers for %s its own kind, score, cell, owner and state', async (_what, issueKey, expected) => {
    const panel = await dataOf('admin', issueKey);
    expect(panel.raidItem).toMatchObject(expected);
  });

  it('gives BETA-3 its on-time blocker GAMMA-2 for a user who may see GAMMA', async () => {
    const panel = await dataOf('admin', 'BETA-3');
    expect(panel.upstream.map((d) => [d.blocker.key, d.late])).toEqual([['GAMMA-2', false]]);
  });

  it('never shows the restricted user an issue from the project they cannot browse', async () => {
    const panel = await dataOf('restricted', 'BETA-3');
    expect(panel.upstream).toEqual([]);
    expect(JSON.stringify(panel)).not.toContain('GAMMA');
  });

  it.each([
    ['a story under an epic', 'ALPHA-5'],
    ['a RAID risk', 'ALPHA-9'],
    ['an epic', 'ALPHA-1'],
  ])("makes at most 3 Jira requests for %s, counted from the fake's traffic", async (_what, issueKey) => {
    app.fake?.resetTraffic();
    const panel = await dataOf('dev', issueKey);
    const traffic = app.fake?.traffic();
    expect(traffic?.total).toBeLessThanOrEqual(3);
    expect(traffic?.total).toBe(panel.jiraRequests);
  });

  it('reads a sub-task under a story under an epic in three requests once the mapping is stored: the issue and two searches', async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
    app.fake?.resetTraffic();
    const panel = await dataOf('dev', 'ALPHA-12');
    expect([app.fake?.traffic().byEndpoint, panel.jiraRequests]).toEqual([{ 'GET /rest/api/3/issue/{issueIdOrKey}': 1, 'POST /rest/api/3/search/jql': 2 }, 3]);
  });

  it('reuses the stored field mapping after a refresh, leaving two requests', async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
    app.fake?.resetTraffic();
    const panel = await dataOf('dev', 'ALPHA-5');
    expect(app.fake?.traffic().byEndpoint['GET /rest/api/3/field']).toBeUndefined();
    expect(app.fake?.traffic().total).toBe(2);
    expect(panel.projectRag?.rag).toMatch(/^(red|amber|green|grey)$/);
  });

  it.each([
    ['a key that is not a Jira key', { issueKey: 'not a key' }, 'BAD_REQUEST'],
    ['no key at all', {}, 'BAD_REQUEST'],
    ['an issue the user may not see', { issueKey: 'GAMMA-4' }, 'NOT_FOUND'],
  ])('refuses %s', async (_what, payload, code) => {
    const answer = (await app.invokeResolver({
      functionKey: 'getIssueGovernance',
      payload,
      accountId: 'restricted',
      moduleKey: 'pmo-issue-panel',
      extension: {},
    })) as Envelope<IssueGovernanceDto>;
    expect(answer).toMatchObject({ ok: false, error: { code } });
  });
});
