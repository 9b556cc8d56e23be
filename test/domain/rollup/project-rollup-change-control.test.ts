import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import { aggregateRollups } from '../../../src/domain/rollup/aggregate-rollups';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';
import { aWorkItem } from '../builders/a-work-item';
import { coreV1 } from '../change-control/builders/core-v1';

const now = '2026-03-10T12:00:00Z';
/** CORE's milestones and gate as approved in v1, none overdue on 2026-03-10, with CORE-8 and CORE-9 moved as given. */
const core = (gateDue = '2026-04-01', epicDue = '2026-05-01'): WorkItem[] => [
  aWorkItem({ key: 'CORE-7', issueType: 'Milestone', statusCategory: 'done', due: '2026-03-01' }),
  aWorkItem({ key: 'CORE-8', issueType: 'Gate', due: gateDue }),
  aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, due: epicDue }),
  aWorkItem({ key: 'CORE-40', issueType: 'Change Request', created: '2026-03-03T09:00:00.000+0000' }),
];
const withChangeControl = (items: readonly WorkItem[], current: ApprovedBaseline | null): ProjectRollup =>
  computeProjectRollup({ ...aProjectRollupInput('CORE', items), changeControl: { policy: defaultChangePolicy, current, decisions: [] } }, now);

describe('computeProjectRollup with change control', () => {
  it('keeps the change control summary in the roll-up', () => {
    expect(withChangeControl(core('2026-04-08'), coreV1()).changeControl).toMatchObject({
      baselineVersion: 1,
      changeRequests: 1,
      pending: 1,
      oldestPendingDays: 7,
      uncontrolledSlips: 1,
      slips: [{ itemKey: 'CORE-8', approvedDue: '2026-04-01', currentDue: '2026-04-08', daysLate: 7 }],
    });
  });

  it.each<[string, WorkItem[], ApprovedBaseline | null, string, string]>([
    ['is green on a plan as approved', core(), coreV1(), 'green', 'No milestone is overdue; no slip past the approved baseline lacks an approved change'],
    [
      'is amber with one uncontrolled slip',
      core('2026-04-08'),
      coreV1(),
      'amber',
      '1 slip past the approved baseline has no approved change (amber at 1 or more)',
    ],
    [
      'is amber with two',
      core('2026-04-08', '2026-05-02'),
      coreV1(),
      'amber',
      '2 slips past the approved baseline have no approved change (amber at 1 or more)',
    ],
    ['makes no finding on slips without an approved baseline', core('2026-04-08'), null, 'green', 'No milestone is overdue'],
  ])('rates the schedule: %s', (_name, items, current, rag, reason) => {
    const { schedule } = withChangeControl(items, current).rag;
    expect([schedule.rag, schedule.reason]).toEqual([rag, reason]);
  });

  it('has no change control section, and the schedule no slip finding, without the inputs', () => {
    const rollup = computeProjectRollup(aProjectRollupInput('CORE', core('2026-04-08')), now);
    expect(rollup.changeControl).toBeUndefined();
    expect(rollup.rag.schedule.inputs['uncontrolledSlips']).toBeNull();
  });
});

describe('aggregateRollups with change control', () => {
  const slipped = withChangeControl(core('2026-04-08', '2026-05-02'), coreV1());
  const unbaselined = withChangeControl(core(), null);
  const stored = computeProjectRollup(aProjectRollupInput('OLD', [aWorkItem({ key: 'OLD-1' })]), now);

  it('sums change requests, pending changes and uncontrolled slips over the projects that have them', () => {
    expect(aggregateRollups('Portfolio', [slipped, unbaselined, stored]).changeControl).toEqual({
      projects: 2,
      baselinedProjects: 1,
      changeRequests: 2,
      pending: 2,
      uncontrolledSlips: 2,
    });
  });

  it('has no change control when no roll-up has it (roll-ups stored before it was kept)', () => {
    expect(aggregateRollups('Portfolio', [stored]).changeControl).toBeUndefined();
  });
});
