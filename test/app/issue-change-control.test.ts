import { issueChangeControl } from '../../src/app/issue-change-control';
import type { ApprovedBaseline } from '../../src/domain/change-control/approved-baseline';
import { defaultChangePolicy } from '../../src/domain/change-control/default-change-policy';
import { projectKeyOf } from '../../src/domain/ids/project-key-of';
import type { RecordedDecision } from '../../src/ports/recorded-decision';
import { anIssueKey } from '../domain/builders/an-issue-key';
import { aWorkItem } from '../domain/builders/a-work-item';
import { aDecision } from '../domain/change-control/builders/a-decision';
import { coreV1 } from '../domain/change-control/builders/core-v1';

const link = (otherKey: string) => [{ type: 'relates' as const, otherKey: anIssueKey(otherKey), otherProjectKey: projectKeyOf(anIssueKey(otherKey)) }];

function portsWith(decisions: readonly RecordedDecision[], versions: readonly ApprovedBaseline[]) {
  return { decisions: { listDecisions: () => Promise.resolve(decisions) }, baselines: { listVersions: () => Promise.resolve(versions) } };
}

const milestone = aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due: '2026-03-15' });
const recordedReject: RecordedDecision = {
  version: 1,
  decision: aDecision('CORE-12', 'rejected', { reason: 'No budget left' }),
  impact: { days: 14, cost: null, scope: null },
  deciderName: 'Board Chair',
  baselineVersion: null,
};

describe('issueChangeControl', () => {
  it('names each change request linked to the issue with its standing decision: recorded, by workflow status, or pending', async () => {
    const neighbours = [
      aWorkItem({ key: 'CORE-12', issueType: 'Change Request', links: link('CORE-7') }),
      aWorkItem({ key: 'CORE-13', issueType: 'Task', labels: ['change-request'], statusName: 'Approved', links: link('CORE-7') }),
      aWorkItem({ key: 'CORE-14', issueType: 'Change', statusName: 'Under review', links: link('CORE-7') }),
      aWorkItem({ key: 'CORE-15', issueType: 'Change Request', links: link('CORE-99') }),
      aWorkItem({ key: 'CORE-16', issueType: 'Story', links: link('CORE-7') }),
    ];
    const { changes } = await issueChangeControl(portsWith([recordedReject], []), milestone, neighbours, defaultChangePolicy);
    expect(changes.map((change) => [change.key, change.outcome, change.source, change.reason])).toEqual([
      ['CORE-12', 'rejected', 'app', 'No budget left'],
      ['CORE-13', 'approved', 'workflow', null],
      ['CORE-14', 'pending', null, null],
    ]);
  });

  it('shows the issue itself as a change request when it is one', async () => {
    const change = aWorkItem({ key: 'CORE-12', issueType: 'Change Request' });
    const { changes } = await issueChangeControl(portsWith([recordedReject], []), change, [], defaultChangePolicy);
    expect(changes).toEqual([expect.objectContaining({ key: 'CORE-12', relation: 'self', outcome: 'rejected', deciderName: 'Board Chair' })]);
  });

  it('recognises change requests by the template policy, not by fixed names', async () => {
    const policy = { issueTypes: ['RFC'], labels: [], statusDecisions: [] };
    const neighbours = [
      aWorkItem({ key: 'CORE-20', issueType: 'RFC', links: link('CORE-7') }),
      aWorkItem({ key: 'CORE-21', issueType: 'Change Request', links: link('CORE-7') }),
    ];
    const { changes } = await issueChangeControl(portsWith([], []), milestone, neighbours, policy);
    expect(changes.map((change) => change.key)).toEqual(['CORE-20']);
  });

  it.each([
    ['a milestone moved 14 days past its approved date', '2026-03-15', { approvedDue: '2026-03-01', currentDue: '2026-03-15', daysBeyond: 14 }],
    ['a milestone brought 3 days forward', '2026-02-26', { approvedDue: '2026-03-01', currentDue: '2026-02-26', daysBeyond: -3 }],
    ['a milestone whose date was cleared', null, { approvedDue: '2026-03-01', currentDue: null, daysBeyond: null }],
  ])('places %s against the current approved version', async (_case, due, expected) => {
    const item = aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due });
    const { approvedBaseline } = await issueChangeControl(portsWith([], [coreV1()]), item, [], defaultChangePolicy);
    expect(approvedBaseline).toEqual({ version: 1, ...expected });
  });

  it('has no baseline standing for an issue the approved baseline does not hold', async () => {
    const { approvedBaseline } = await issueChangeControl(portsWith([], [coreV1()]), aWorkItem({ key: 'CORE-30' }), [], defaultChangePolicy);
    expect(approvedBaseline).toBeNull();
  });
});
