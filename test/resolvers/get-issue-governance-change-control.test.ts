import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { siteFileSchema } from '../../local/site/site-file-schema';
import type { Envelope } from '../../src/contract/envelope';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';

const fixture = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');

const alpha8 = { id: '10009', key: 'ALPHA-8' };
const relates = { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' };

/** A change request (of ALPHA unless named) linked to the milestone ALPHA-8, in the given workflow status. */
function changeRequest(
  id: string,
  key: string,
  summary: string,
  status: { id: string; name: string; category: 'new' | 'indeterminate' | 'done' },
  project = { id: '10000', key: 'ALPHA', name: 'Alpha Mobile' },
) {
  return {
    id,
    key,
    fields: {
      summary,
      issuetype: { id: '10100', name: 'Change Request', subtask: false, hierarchyLevel: 0 },
      project,
      status: { id: status.id, name: status.name, statusCategory: { key: status.category } },
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'pm', displayName: 'Paul PM', active: true },
      labels: [],
      duedate: null,
      created: '2026-11-02T09:00:00.000+0000',
      updated: '2026-11-02T09:00:00.000+0000',
      resolutiondate: null,
      resolution: null,
      issuelinks: [{ id: `1${id}`, type: relates, outwardIssue: alpha8 }],
    },
    changelog: { histories: [] },
  };
}

/**
 * The small site with change requests on ALPHA-8: one waiting, one the workflow moved to Approved, and one raised in
 * GAMMA, which the restricted user may not browse.
 */
const site = siteFileSchema.parse({
  ...fixture,
  issues: [
    ...fixture.issues,
    changeRequest('10900', 'ALPHA-13', 'Extend hypercare by ten days', { id: '10000', name: 'To Do', category: 'new' }),
    changeRequest('10901', 'ALPHA-14', 'Drop the tablet layout', { id: '10300', name: 'Approved', category: 'done' }),
    changeRequest(
      '10902',
      'GAMMA-9',
      'Keep the vendor a quarter longer',
      { id: '10000', name: 'To Do', category: 'new' },
      { id: '10002', key: 'GAMMA', name: 'Gamma Vendor Exit' },
    ),
  ],
});

describe('the Governance panel shows the change control that touches an issue', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, extension: Record<string, unknown>): Promise<T> => {
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: 'pmo-issue-panel', extension })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const panelOf = (accountId: string, issueKey: string) =>
    call<IssueGovernanceDto>('getIssueGovernance', accountId, { issueKey }, { type: 'jira:issuePanel', issue: { key: issueKey } });

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('lists the change requests linked to the milestone: one pending, one decided by its workflow status; no baseline yet', async () => {
    const panel = await panelOf('pm', 'ALPHA-8');
    expect(panel.changes.map((change) => [change.key, change.relation, change.outcome, change.source])).toEqual([
      ['ALPHA-13', 'linked', 'pending', null],
      ['ALPHA-14', 'linked', 'approved', 'workflow'],
      ['GAMMA-9', 'linked', 'pending', null],
    ]);
    expect(panel.approvedBaseline).toBeNull();
  });

  it('places the milestone against the approved baseline once one is approved, and names the slip after its date moves', async () => {
    const projectPage = { type: 'jira:projectPage', project: { key: 'ALPHA' } };
    await call('approveBaseline', 'admin', { projectKey: 'ALPHA', expectedVersion: 0 }, projectPage);
    app.fake?.updateIssue('ALPHA-8', { duedate: '2027-01-03' }, at('12:00'), 'pm');
    const panel = await panelOf('pm', 'ALPHA-8');
    expect(panel.approvedBaseline).toEqual({ version: 1, approvedDue: '2026-12-20', currentDue: '2027-01-03', daysBeyond: 14 });
  });

  it('shows a change request its own standing decision', async () => {
    const panel = await panelOf('pm', 'ALPHA-13');
    expect(panel.changes).toEqual([expect.objectContaining({ key: 'ALPHA-13', relation: 'self', outcome: 'pending' })]);
  });

  it('leaves the restricted user no trace of the change request raised in GAMMA, which they may not browse', async () => {
    const panel = await panelOf('restricted', 'ALPHA-8');
    expect(panel.changes.map((change) => change.key)).toEqual(['ALPHA-13', 'ALPHA-14']);
    expect(JSON.stringify(panel)).not.toMatch(/GAMMA|Keep the vendor/);
  });

  it("judges the issue by its template's change control rule: under PRINCE2 the milestone's slip is an uncontrolled change", async () => {
    const before = await panelOf('pm', 'ALPHA-8');
    expect(before.complianceViolations.map((violation) => violation.ruleId)).not.toContain('no-uncontrolled-change');
    await call('assignTemplate', 'admin', { projectKey: 'ALPHA', templateId: 'prince2' }, { type: 'jira:adminPage' });
    const panel = await panelOf('pm', 'ALPHA-8');
    expect(panel.complianceViolations.filter((violation) => violation.ruleId === 'no-uncontrolled-change').map((violation) => violation.message)).toEqual([
      expect.stringContaining('ALPHA-8 is due 2027-01-03, 14 days after its approved 2026-12-20 (baseline v1), with no approved change'),
    ]);
    // The pending change request is no slip of its own: the rule says nothing on it.
    const request = await panelOf('pm', 'ALPHA-13');
    expect(request.complianceViolations.map((violation) => violation.ruleId)).not.toContain('no-uncontrolled-change');
  });
});
