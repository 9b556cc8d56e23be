import { resolve } from 'node:path';
import { asApp } from '@forge/api';
import { createChangeControlJira } from '../../../src/adapters/jira/create-change-control-jira';
import { createWorkflowDecisionJira } from '../../../src/adapters/jira/create-workflow-decision-jira';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';
import { createApprovedBaselineStore } from '../../../src/adapters/kvs/create-approved-baseline-store';
import { createChangeDecisionStore } from '../../../src/adapters/kvs/create-change-decision-store';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { recordWorkflowDecisions } from '../../../src/app/change-control/record-workflow-decisions';
import type { AuditLogDto } from '../../../src/contract/audit-log-dto';
import type { ChangeControlDto } from '../../../src/contract/change-control-dto';
import type { Envelope } from '../../../src/contract/envelope';
import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import { isChangeRequest } from '../../../src/domain/change-control/is-change-request';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { siteFileSchema } from '../../../local/site/site-file-schema';

const fixture = loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json'));
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');
const noWait = { ...jiraRetryPolicies.jobs, sleep: () => Promise.resolve() };
const ALPHA = (() => {
  const key = parseProjectKey('ALPHA');
  if (key === null) throw new Error('ALPHA is a project key');
  return key;
})();
const status = (id: string, name: string, key: 'new' | 'done') => ({ id, name, statusCategory: { key } });
const todo = status('10000', 'To Do', 'new');

/** A change request of ALPHA (issue type Change Request) linked to milestone ALPHA-8, with its schedule and cost impact. */
function changeRequest(id: string, key: string, created: string, impact: { days: number; cost: number }) {
  return {
    id,
    key,
    fields: {
      summary: `Change ${key}`,
      issuetype: { id: '10100', name: 'Change Request', subtask: false, hierarchyLevel: 0 },
      project: { id: '10000', key: 'ALPHA', name: 'Alpha Mobile' },
      status: todo,
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'pm', displayName: 'Paul PM', active: true },
      labels: [],
      duedate: null,
      created: `${created}T09:00:00.000+0000`,
      updated: `${created}T09:00:00.000+0000`,
      resolutiondate: null,
      resolution: null,
      subtasks: [],
      issuelinks: [
        {
          id: `2${id}`,
          type: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
          outwardIssue: { id: '10009', key: 'ALPHA-8', fields: { summary: 'Hypercare exit', status: todo, issuetype: { id: '10005', name: 'Milestone' } } },
        },
      ],
      customfield_10060: impact.days,
      customfield_10061: impact.cost,
    },
    changelog: { histories: [] },
  };
}

const numberField = (id: string, name: string) => ({
  id,
  name,
  custom: true,
  schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: Number(id.slice(12)) },
});

/** The small site (ALPHA-8 due 2026-12-20, budget 100,000) with three change requests, all To Do. */
const site = siteFileSchema.parse({
  ...fixture,
  fields: [...fixture.fields, numberField('customfield_10060', 'Schedule Impact'), numberField('customfield_10061', 'Cost Impact')],
  issues: [
    ...fixture.issues,
    changeRequest('10900', 'ALPHA-13', '2026-11-02', { days: 10, cost: 20_000 }),
    changeRequest('10901', 'ALPHA-14', '2026-11-06', { days: 30, cost: 50_000 }),
    changeRequest('10902', 'ALPHA-15', '2026-11-10', { days: 5, cost: 5_000 }),
  ],
});

describe('recordWorkflowDecisions on the small site, through the real SDKs and the Jira fake', () => {
  let app: LocalApp;
  const projectPage = { moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage', project: { key: 'ALPHA' } } };
  const call = async <T>(functionKey: string, accountId: string, payload: unknown): Promise<T> => {
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, ...projectPage })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const move = (key: string, to: ReturnType<typeof status>, time: string, who: string) => {
    app.fake?.updateIssue(key, { status: to }, at(time), who);
  };
  const decisionKeys = () =>
    app.store
      .keys()
      .filter((key) => /^(approved-baseline|change-decision):/.test(key))
      .sort();

  /** One run as the refresh would make it, over ALPHA's items as Jira holds them now; answers its result and its Jira requests. */
  async function record() {
    const reader = createChangeControlJira(createJiraClient(asApp(), noWait));
    const mapping = await reader.discoverFieldMapping();
    const { issues } = await reader.readProject(ALPHA, mapping, isChangeRequest(defaultChangePolicy));
    const client = createJiraClient(asApp(), noWait);
    let id = 0;
    const ports = {
      jira: createWorkflowDecisionJira(client),
      decisions: createChangeDecisionStore(),
      baselines: createApprovedBaselineStore(),
      audit: createTemplateStore(),
      newId: () => `workflow-${String((id += 1))}`,
      now: () => new Date(),
    };
    const result = await recordWorkflowDecisions(ports, { projectKey: ALPHA, issues, policy: defaultChangePolicy });
    return { result, requests: client.requestCount() };
  }

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('makes no Jira request and records nothing while no change request is in a mapped status', async () => {
    const { result, requests } = await record();
    expect([result, requests, decisionKeys()]).toEqual([{ current: null, decisions: [] }, 0, []]);
  });

  describe('once the project lead approved a baseline and changes moved through the workflow', () => {
    let page: ChangeControlDto;

    beforeAll(async () => {
      await call('approveBaseline', 'pm', { projectKey: 'ALPHA', expectedVersion: 0 });
      // ALPHA-13: approved in Jira by Paul at 13:00.
      move('ALPHA-13', status('10101', 'Approved', 'done'), '13:00', 'pm');
      // ALPHA-14: rejected in Jira by Dana at 13:10, then deferred in the app by Paul at 13:20, which stands.
      move('ALPHA-14', status('10102', 'Rejected', 'done'), '13:10', 'dev');
      jest.setSystemTime(at('13:20'));
      await call('decideChange', 'pm', { changeKey: 'ALPHA-14', outcome: 'deferred', expectedVersion: 0, reason: 'Wait for the tablet survey' });
      // ALPHA-15: deferred in the app at 13:20, then rejected in Jira by Ada at 13:40, which stands.
      await call('decideChange', 'pm', { changeKey: 'ALPHA-15', outcome: 'deferred', expectedVersion: 0, reason: 'After the freeze review' });
      move('ALPHA-15', status('10102', 'Rejected', 'done'), '13:40', 'admin');
      jest.setSystemTime(at('14:00'));
      page = await call<ChangeControlDto>('getChangeControl', 'exec', { projectKey: 'ALPHA' });
    });

    it('shows the workflow decisions on the page before any is recorded, none of them pending', () => {
      expect(page.changes.map((change) => [change.key, change.decision?.outcome ?? null, change.workflowOutcome])).toEqual([
        ['ALPHA-13', null, 'approved'],
        ['ALPHA-14', 'deferred', null],
        ['ALPHA-15', 'deferred', 'rejected'],
      ]);
      expect(page.pending).toEqual([]);
    });

    it('records one workflow decision per move that stands, naming the mover, and re-baselines the approval', async () => {
      const { result, requests } = await record();
      expect(result.decisions).toEqual([
        {
          changeKey: 'ALPHA-13',
          outcome: 'approved',
          decidedAt: '2026-11-20T13:00:00.000Z',
          decidedBy: 'pm',
          reason: 'Moved to Approved in Jira',
          source: 'workflow',
        },
        expect.objectContaining({ changeKey: 'ALPHA-14', outcome: 'deferred', source: 'app' }),
        {
          changeKey: 'ALPHA-15',
          outcome: 'rejected',
          decidedAt: '2026-11-20T13:40:00.000Z',
          decidedBy: 'admin',
          reason: 'Moved to Rejected in Jira',
          source: 'workflow',
        },
      ]);
      expect(result.current).toMatchObject({ version: 2, changeKey: 'ALPHA-13', approvedBy: 'pm', budgetAtCompletion: 120_000 });
      expect(result.current?.items.find((item) => item.key === 'ALPHA-8')?.due).toBe('2026-12-30');
      // One bulk changelog for the three, the fields (to find the impact fields) and one bulk fetch of ALPHA-13's impact.
      expect(requests).toBe(3);
    });

    it('reads the recorded decisions back on the page, with who decided and the baseline version the approval made', async () => {
      const after = await call<ChangeControlDto>('getChangeControl', 'exec', { projectKey: 'ALPHA' });
      expect(
        after.changes.map((change) => [change.key, change.decision?.outcome, change.decision?.source, change.decision?.deciderName, change.workflowOutcome]),
      ).toEqual([
        ['ALPHA-13', 'approved', 'workflow', 'Paul PM', 'approved'],
        ['ALPHA-14', 'deferred', 'app', 'Paul PM', null],
        ['ALPHA-15', 'rejected', 'workflow', 'Ada Admin', 'rejected'],
      ]);
      expect(after.decisions.find((decision) => decision.changeKey === 'ALPHA-13')?.baselineVersion).toBe(2);
      expect(after.ledger.map((entry) => entry.label).join(' -> ')).toBe('v1 -> ALPHA-13 (+10 days on ALPHA-8, +20,000 budget) -> v2');
    });

    it('audits each recorded workflow decision under the person who moved the change', async () => {
      const log = await call<AuditLogDto>('getAuditLog', 'admin', { limit: 10 });
      expect(log.entries.slice(0, 2).map((entry) => [entry.action, entry.target, entry.by, entry.summary])).toEqual([
        ['change-control.decide', 'ALPHA-15', 'admin', 'Rejected ALPHA-15 in the Jira workflow'],
        ['change-control.decide', 'ALPHA-13', 'pm', "Approved ALPHA-13 in the Jira workflow, making version 2 of ALPHA's baseline"],
      ]);
    });

    it('records each decision once: a second run writes nothing, and asks Jira only about the change the app decided after its move', async () => {
      const before = decisionKeys();
      const { result, requests } = await record();
      expect(decisionKeys()).toEqual(before);
      expect(result.current?.version).toBe(2);
      expect(requests).toBe(1);
    });
  });
});
