import { resolve } from 'node:path';
import { asApp } from '@forge/api';
import { createPortfolioJira } from '../../../src/adapters/jira/create-portfolio-jira';
import { createWorkflowDecisionJira } from '../../../src/adapters/jira/create-workflow-decision-jira';
import { createJiraClient } from '../../../src/adapters/jira/jira-client';
import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';
import { createIntakeSettingsStore } from '../../../src/adapters/kvs/create-intake-settings-store';
import { createProposalDecisionStore } from '../../../src/adapters/kvs/create-proposal-decision-store';
import { createScoringModelStore } from '../../../src/adapters/kvs/create-scoring-model-store';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { recordProposalWorkflowDecisions } from '../../../src/app/intake/record-proposal-workflow-decisions';
import type { AuditLogDto } from '../../../src/contract/audit-log-dto';
import type { Envelope } from '../../../src/contract/envelope';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import { wsjfScoringModel } from '../../../src/domain/intake/wsjf-scoring-model';
import { instantOf } from '../../../src/domain/time/instant-of';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { siteFileSchema } from '../../../local/site/site-file-schema';
import { anIssueKey } from '../../domain/builders/an-issue-key';
import { jiraIssueJson } from '../../support/jira-issue-json';

const fixture = loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json'));
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');
const noWait = { ...jiraRetryPolicies.jobs, sleep: () => Promise.resolve() };
const projectKey = (key: string) => {
  const parsed = parseProjectKey(key);
  if (parsed === null) throw new Error(`${key} is a project key`);
  return parsed;
};
const IDEA = projectKey('IDEA');
const ALPHA = projectKey('ALPHA');
const status = (id: string, name: string, key: 'new' | 'indeterminate' | 'done') => ({ id, name, statusCategory: { key } });
const todo = status('10000', 'To Do', 'new');
const approved = status('10101', 'Approved', 'done');
const wontDo = status('10102', "Won't Do", 'done');
const intake = status('10103', 'Intake', 'new');
const ideaProject = { id: '10003', key: 'IDEA', name: 'Idea Intake' };

/** An issue of IDEA as Jira answers it, created on 2 November in `initial` with no changelog. */
function issue(id: string, key: string, type: string, initial = todo) {
  return jiraIssueJson({ id, key, project: ideaProject, status: initial, type: { id: type === 'Story' ? '10001' : '10200', name: type } });
}

/** The small site with an intake project IDEA: five proposals, a story, and IDEA-6 created straight into Approved. */
const site = siteFileSchema.parse({
  ...fixture,
  projects: [...fixture.projects, { ...ideaProject, projectTypeKey: 'software', lead: { accountId: 'pm', displayName: 'Paul PM' } }],
  permissions: { ...fixture.permissions, admin: [...(fixture.permissions.admin ?? []), 'IDEA'], pm: [...(fixture.permissions.pm ?? []), 'IDEA'] },
  issues: [
    ...fixture.issues,
    issue('10950', 'IDEA-1', 'Proposal'),
    issue('10951', 'IDEA-2', 'Proposal'),
    issue('10952', 'IDEA-3', 'Proposal'),
    issue('10953', 'IDEA-4', 'Story'),
    issue('10954', 'IDEA-5', 'Proposal'),
    issue('10955', 'IDEA-6', 'Proposal', approved),
  ],
});

/** WSJF whose workflow decides: "Approved" approves, "Won't Do" rejects, "Intake" is where proposals are submitted. */
const workflowModel = {
  ...wsjfScoringModel,
  id: 'wsjf-workflow',
  name: 'WSJF with workflow',
  statusStages: [
    { status: 'Approved', stage: 'approved' as const },
    { status: "Won't Do", stage: 'rejected' as const },
    { status: 'Intake', stage: 'submitted' as const },
  ],
};

describe('recordProposalWorkflowDecisions on the small site, through the real SDKs and the Jira fake', () => {
  let app: LocalApp;
  const move = (key: string, to: ReturnType<typeof status>, time: string, who: string) => {
    app.fake?.updateIssue(key, { status: to }, at(time), who);
  };
  const decisionKeys = () =>
    app.store
      .keys()
      .filter((key) => key.startsWith('intake-decision:'))
      .sort();

  /** One run as a refresh of `project` would make it, over its issues as Jira holds them now; answers what it recorded and its Jira requests. */
  async function record(project = IDEA) {
    const reader = createPortfolioJira(createJiraClient(asApp(), noWait));
    const mapping = await reader.discoverFieldMapping();
    const { issues } = await reader.readIssues({ projectKey: project, updatedSince: null }, mapping, { resumeToken: null, keepGoing: () => true });
    const client = createJiraClient(asApp(), noWait);
    let id = 0;
    const ports = {
      jira: createWorkflowDecisionJira(client),
      settings: createIntakeSettingsStore(),
      models: createScoringModelStore(),
      decisions: createProposalDecisionStore(),
      audit: createTemplateStore(),
      newId: () => `intake-workflow-${String((id += 1))}`,
      now: () => new Date(),
    };
    const recorded = await recordProposalWorkflowDecisions(ports, { projectKey: project, issues });
    return { recorded, requests: client.requestCount() };
  }

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await createScoringModelStore().addModelVersion({ model: workflowModel, savedAt: now.toISOString(), savedBy: 'admin' });
    await createIntakeSettingsStore().saveSettings({ projectKeys: [IDEA], issueTypes: ['Proposal'], labels: [], modelId: workflowModel.id });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('leaves a proposal created in a mapped status as it is, its changelog holding no move: one request, nothing recorded', async () => {
    const { recorded, requests } = await record();
    expect([recorded, requests, decisionKeys()]).toEqual([[], 1, []]);
  });

  it('makes no Jira request for a project the intake settings do not name', async () => {
    const { recorded, requests } = await record(ALPHA);
    expect([recorded, requests, decisionKeys()]).toEqual([[], 0, []]);
  });

  describe('once proposals moved through the workflow', () => {
    beforeAll(async () => {
      const pm = parseAccountId('pm');
      if (pm === null) throw new Error('pm is an account id');
      // IDEA-3: screened in the app by Paul at 12:30, then approved in Jira by Dana at 13:20.
      await createProposalDecisionStore().addDecision(IDEA, {
        version: 1,
        decision: { proposalKey: anIssueKey('IDEA-3'), stage: 'screening', decidedAt: instantOf(at('12:30')), decidedBy: pm, reason: null, source: 'app' },
        deciderName: 'Paul PM',
        overloadConfirmed: false,
      });
      move('IDEA-1', approved, '13:00', 'pm');
      move('IDEA-2', wontDo, '13:10', 'admin');
      move('IDEA-3', approved, '13:20', 'dev');
      // Not a proposal, and a proposal moved to a status that means submitted: neither is a decision.
      move('IDEA-4', approved, '13:30', 'pm');
      move('IDEA-5', intake, '13:40', 'pm');
      jest.setSystemTime(at('14:00'));
    });

    it('records one workflow decision per proposal in a mapped status, by its mover at the move, in one changelog request', async () => {
      const { recorded, requests } = await record();
      expect(recorded).toEqual([
        {
          version: 1,
          decision: {
            proposalKey: 'IDEA-1',
            stage: 'approved',
            decidedAt: '2026-11-20T13:00:00.000Z',
            decidedBy: 'pm',
            reason: 'Moved to Approved in Jira',
            source: 'workflow',
          },
          deciderName: 'Paul PM',
          overloadConfirmed: false,
        },
        {
          version: 1,
          decision: {
            proposalKey: 'IDEA-2',
            stage: 'rejected',
            decidedAt: '2026-11-20T13:10:00.000Z',
            decidedBy: 'admin',
            reason: "Moved to Won't Do in Jira",
            source: 'workflow',
          },
          deciderName: 'Ada Admin',
          overloadConfirmed: false,
        },
        {
          version: 2,
          decision: {
            proposalKey: 'IDEA-3',
            stage: 'approved',
            decidedAt: '2026-11-20T13:20:00.000Z',
            decidedBy: 'dev',
            reason: 'Moved to Approved in Jira',
            source: 'workflow',
          },
          deciderName: 'Dev Dana',
          overloadConfirmed: false,
        },
      ]);
      expect(requests).toBe(1);
      expect(decisionKeys()).toEqual([
        'intake-decision:IDEA:IDEA-1:v000001',
        'intake-decision:IDEA:IDEA-2:v000001',
        'intake-decision:IDEA:IDEA-3:v000001',
        'intake-decision:IDEA:IDEA-3:v000002',
      ]);
    });

    it('audits each under the person who moved the proposal, the latest first', async () => {
      const answer = (await app.invokeResolver({
        functionKey: 'getAuditLog',
        payload: { limit: 3 },
        accountId: 'admin',
        moduleKey: 'pmo-portfolio',
        extension: { type: 'jira:globalPage' },
      })) as Envelope<AuditLogDto>;
      if (!answer.ok) throw new Error(answer.error.message);
      expect(answer.data.entries.map((entry) => [entry.action, entry.target, entry.by, entry.byName, entry.summary])).toEqual([
        ['intake.decide', 'IDEA-3', 'dev', 'Dev Dana', 'Approved IDEA-3 in the Jira workflow'],
        ['intake.decide', 'IDEA-2', 'admin', 'Ada Admin', 'Rejected IDEA-2 in the Jira workflow'],
        ['intake.decide', 'IDEA-1', 'pm', 'Paul PM', 'Approved IDEA-1 in the Jira workflow'],
      ]);
    });

    it('records each decision once: a second run writes nothing and asks only about the proposal with no move to read', async () => {
      const before = decisionKeys();
      const { recorded, requests } = await record();
      expect([recorded, decisionKeys(), requests]).toEqual([[], before, 1]);
    });
  });
});
