import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { Envelope } from '../../src/contract/envelope';
import type { IntakeBoardDto, IntakeProposalDto } from '../../src/contract/intake-board-dto';
import { wsjfScoringModel } from '../../src/domain/intake/wsjf-scoring-model';
import { describeDecision } from '../../static/app/src/intake/describe-decision';
import { jiraIssueJson } from '../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');
const approved = { id: '10101', name: 'Approved', statusCategory: { key: 'done' } };
const ideaProject = { id: '10003', key: 'IDEA', name: 'Idea Intake' };
const changelogRead = 'POST /rest/api/3/changelog/bulkfetch';

function proposal(id: string, key: string) {
  return jiraIssueJson({ id, key, project: ideaProject });
}

/** The small site with an intake project IDEA that the admin, Paul and the executive may browse, and the restricted user may not. */
const site = siteFileSchema.parse({
  ...fixture,
  projects: [...fixture.projects, { ...ideaProject, projectTypeKey: 'software', lead: { accountId: 'pm', displayName: 'Paul PM' } }],
  permissions: Object.fromEntries(
    Object.entries(fixture.permissions).map(([user, keys]) => [user, user === 'restricted' || user === 'dev' ? keys : [...keys, 'IDEA']]),
  ),
  issues: [...fixture.issues, proposal('10950', 'IDEA-1'), proposal('10951', 'IDEA-2')],
});

/** WSJF whose Jira workflow decides approval: the status "Approved" approves. */
const workflowModel = { ...wsjfScoringModel, id: 'wsjf-workflow', name: 'WSJF with workflow', statusStages: [{ status: 'Approved', stage: 'approved' }] };

jest.setTimeout(60_000);

describe('the intake board names who moved a proposal in the Jira workflow, through the real SDKs and the Jira fake', () => {
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
  const decisionKeys = () =>
    app.store
      .keys()
      .filter((key) => key.startsWith('intake-decision:'))
      .sort();
  /** The daily refresh of every project at `time`; answers its Jira requests by endpoint. */
  const refresh = async (time: string) => {
    jest.setSystemTime(at(time));
    app.fake?.resetTraffic();
    await app.fireDailySnapshot();
    await app.queue.drain();
    return app.fake?.traffic().byEndpoint ?? {};
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    await ok(call('saveScoringModel', 'admin', { model: workflowModel, expectedVersion: 0 }));
    await ok(call('saveIntakeSettings', 'admin', { settings: { projectKeys: ['IDEA'], issueTypes: ['Proposal'], labels: [], modelId: workflowModel.id } }));
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('reads no changelog in a refresh while no proposal is in a mapped status, and records nothing', async () => {
    const requests = await refresh('12:30');
    expect(requests[changelogRead]).toBeUndefined();
    expect(decisionKeys()).toEqual([]);
    expect(proposalOf(await board('pm'), 'IDEA-1')).toMatchObject({ stage: 'submitted', decision: null });
  });

  describe('once Paul moved IDEA-1 to Approved in Jira at 13:00', () => {
    let requests: Record<string, number>;

    beforeAll(async () => {
      app.fake?.updateIssue('IDEA-1', { status: approved }, at('13:00'), 'pm');
      requests = await refresh('14:00');
    });

    it('records the decision at the refresh, reading the changelog once', () => {
      expect(requests[changelogRead]).toBe(1);
      expect(decisionKeys()).toEqual(['intake-decision:IDEA:IDEA-1:v000001']);
    });

    it.each(['pm', 'exec', 'admin'])('shows %s "Approved by Paul PM" at the time of the move', async (viewer) => {
      const { stage, decision } = proposalOf(await board(viewer), 'IDEA-1');
      expect([stage, decision]).toEqual([
        'approved',
        {
          stage: 'approved',
          decidedAt: '2026-11-20T13:00:00.000Z',
          decidedBy: 'pm',
          deciderName: 'Paul PM',
          reason: 'Moved to Approved in Jira',
          source: 'workflow',
          overloadConfirmed: false,
        },
      ]);
      expect(describeDecision(decision, at('14:00').getTime())).toBe('Approved by Paul PM in the Jira workflow, 13:00 UTC');
    });

    it('records nothing again in a second refresh, and reads no changelog', async () => {
      const before = decisionKeys();
      const again = await refresh('15:00');
      expect(again[changelogRead]).toBeUndefined();
      expect(decisionKeys()).toEqual(before);
      expect(proposalOf(await board('pm'), 'IDEA-1').decision?.deciderName).toBe('Paul PM');
    });

    it('shows the restricted user nothing of a proposal in a project they cannot browse', async () => {
      const shown = await board('restricted');
      expect(shown.proposals).toEqual([]);
      expect(JSON.stringify(shown)).not.toMatch(/IDEA|Paul PM/);
    });
  });
});
