import type { ApprovedBaseline } from '../../../../src/domain/change-control/approved-baseline';
import { defaultChangePolicy } from '../../../../src/domain/change-control/default-change-policy';
import type { ChangeControlSummary } from '../../../../src/domain/change-control/change-control-summary';
import { defaultRaidMapping } from '../../../../src/domain/raid/default-raid-mapping';
import type { ChangeControlReportInput } from '../../../../src/domain/report/change-control-report-input';
import type { ReportProjectInput } from '../../../../src/domain/report/status-report-input';
import { computeProjectRollup } from '../../../../src/domain/rollup/compute-project-rollup';
import { aProjectRollupInput } from '../../builders/a-project-rollup-input';
import { aWorkItem } from '../../builders/a-work-item';
import { aDay } from '../../change-control/builders/a-day';
import { aDecision } from '../../change-control/builders/a-decision';
import { anIssueKey } from '../../builders/an-issue-key';
import { coreV1 } from '../../change-control/builders/core-v1';

/** The report's "now" for the change-control fixture; a 30-day period starts 2026-02-18T12:00Z. */
export const coreReportNow = '2026-03-20T12:00:00.000Z';

const changeRequest = (key: string, overrides: Parameters<typeof aWorkItem>[0] = {}) =>
  aWorkItem({ key, issueType: 'Change Request', summary: `Change ${key}`, ...overrides });

/**
 * CORE on 20 March 2026, by hand (see build-report-change-control.test.ts): v1 (CORE-7 1 March, CORE-8 1 April,
 * CORE-9 1 May, budget 100,000) and v2 made by CORE-40 (CORE-7 15 March, budget 120,000); now CORE-7 is due
 * 20 March, CORE-9 10 May and the budget is 130,000. Change requests: CORE-40 deferred before the period then approved
 * in it (+14 days, +20,000), CORE-41 rejected in it, CORE-42 approved by the workflow in it, CORE-43 and CORE-44
 * pending (raised 20 February and 10 March), CORE-45 deferred before the period. Decisions: CORE-50 resolved in the
 * period, CORE-51 before it. Its roll-up counted one uncontrolled slip (CORE-7, 5 days).
 */
export function coreChangeControlProject(summary: ChangeControlSummary | undefined): ReportProjectInput {
  const items = [
    aWorkItem({ key: 'CORE-7', issueType: 'Milestone', summary: 'Launch', due: '2026-03-20' }),
    aWorkItem({ key: 'CORE-8', issueType: 'Gate', summary: 'Go live gate', due: '2026-04-01' }),
    aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, summary: 'Platform', due: '2026-05-10', cost: { budget: 130_000 } }),
    changeRequest('CORE-40', { statusName: 'Approved', created: '2026-02-01T09:00:00.000+0000' }),
    changeRequest('CORE-41', { created: '2026-02-15T09:00:00.000+0000' }),
    changeRequest('CORE-42', { statusName: 'Approved', resolved: '2026-03-04T09:00:00.000+0000', cost: { budget: 999 } }),
    changeRequest('CORE-43', { statusName: 'In Review', created: '2026-02-20T09:00:00.000+0000' }),
    aWorkItem({ key: 'CORE-44', issueType: 'Task', labels: ['Change-Request'], summary: 'Change CORE-44', created: '2026-03-10T23:30:00.000+0000' }),
    changeRequest('CORE-45', { created: '2026-01-20T09:00:00.000+0000' }),
    aWorkItem({
      key: 'CORE-50',
      issueType: 'Decision',
      summary: 'Use the managed queue',
      statusName: 'Done',
      statusCategory: 'done',
      assigneeId: null,
      resolved: '2026-03-05T10:00:00.000+0000',
    }),
    aWorkItem({
      key: 'CORE-51',
      issueType: 'Task',
      labels: ['raid-decision'],
      summary: 'Old decision',
      statusCategory: 'done',
      resolved: '2026-01-05T10:00:00.000+0000',
    }),
  ];
  const v1 = coreV1();
  const v2: ApprovedBaseline = {
    ...v1,
    version: 2,
    changeKey: anIssueKey('CORE-40'),
    items: v1.items.map((item) => (item.key === 'CORE-7' ? { ...item, due: aDay('2026-03-15') } : item)),
    budgetAtCompletion: 120_000,
  };
  const noImpact = { days: null, cost: null, scope: null };
  const changeControl: ChangeControlReportInput = {
    policy: defaultChangePolicy,
    raidMapping: defaultRaidMapping,
    versions: [v2, v1],
    decisions: [
      { version: 1, decision: aDecision('CORE-40', 'deferred', { decidedAt: '2026-02-10T10:00:00.000Z' }), impact: noImpact, deciderName: 'Carla Chair' },
      {
        version: 2,
        decision: aDecision('CORE-40', 'approved', { decidedAt: '2026-03-02T10:00:00.000Z' }),
        impact: { days: 14, cost: 20_000, scope: null },
        deciderName: 'Carla Chair',
      },
      {
        version: 1,
        decision: aDecision('CORE-41', 'rejected', { decidedAt: '2026-03-03T10:00:00.000Z' }),
        impact: { days: 30, cost: 5_000, scope: null },
        deciderName: null,
      },
      { version: 1, decision: aDecision('CORE-45', 'deferred', { decidedAt: '2026-02-10T10:00:00.000Z' }), impact: noImpact, deciderName: 'Carla Chair' },
    ],
  };
  const rollup = computeProjectRollup(aProjectRollupInput('CORE', items), coreReportNow);
  return {
    current: summary === undefined ? rollup : { ...rollup, changeControl: summary },
    previous: null,
    history: [],
    partial: false,
    items,
    changeControl,
  };
}
