import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aProjectKey } from '../builders/a-project-key';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';
import { anIssueKey } from '../builders/an-issue-key';
import { aWorkItem } from '../builders/a-work-item';

const now = '2026-05-05T10:00:00Z';

/**
 * A small project with hand-computed figures: an epic budgeted 100,000 over 2026-01-01..2026-11-08 (124 of 311 days
 * elapsed at now, planned 0.3987), 7 of 20 story points done (0.35), 63,000 booked; one milestone overdue since
 * 2026-05-01, one next on 2026-06-01; an open critical risk, a closed risk, an open assumption.
 */
const items: WorkItem[] = [
  aWorkItem({
    key: 'PR-1',
    issueType: 'Epic',
    hierarchyLevel: 1,
    statusCategory: 'indeterminate',
    start: '2026-01-01',
    due: '2026-11-08',
    cost: { budget: 100_000, actualCost: 40_000 },
  }),
  aWorkItem({ key: 'PR-2', statusCategory: 'done', estimate: { storyPoints: 5 }, cost: { actualCost: 23_000 } }),
  aWorkItem({ key: 'PR-3', statusCategory: 'done', estimate: { storyPoints: 2 } }),
  aWorkItem({ key: 'PR-4', statusCategory: 'indeterminate', estimate: { storyPoints: 13 } }),
  aWorkItem({ key: 'PR-5', issueType: 'Milestone', summary: 'Design approved', due: '2026-05-01' }),
  aWorkItem({ key: 'PR-6', issueType: 'Milestone', summary: 'Pilot', due: '2026-06-01' }),
  aWorkItem({ key: 'PR-7', issueType: 'Risk', raid: { probability: 4, impact: 4 } }),
  aWorkItem({ key: 'PR-8', issueType: 'Risk', statusCategory: 'done', raid: { probability: 5, impact: 5 } }),
  aWorkItem({ key: 'PR-9', issueType: 'Assumption' }),
  aWorkItem({ key: 'PR-10', issueType: 'Gate', statusCategory: 'done' }),
];

describe('computeProjectRollup on a hand-computed project', () => {
  const rollup = computeProjectRollup(aProjectRollupInput('PR', items, 'Transformation'), now);

  it.each<[string, unknown, unknown]>([
    ['stamps the roll-up with now', rollup.asOf, now],
    ['keeps the project reference', rollup.project, { key: 'PR', name: 'Project PR', category: 'Transformation', leadId: null }],
    ['counts every item by status category', rollup.counts, { total: 10, new: 4, indeterminate: 2, done: 4 }],
    ['measures progress by count over work items only (RAID left out)', rollup.progress.byCount, { done: 3, total: 7, ratio: 3 / 7 }],
    ['measures progress by story points', rollup.progress.byEstimate, { done: 7, total: 20, ratio: 0.35 }],
    ['counts milestones, the overdue one and the next', [rollup.milestones.total, rollup.milestones.overdue, rollup.milestones.next?.key], [2, 1, 'PR-6']],
    ['counts passed gates', rollup.gates, { total: 1, passed: 1 }],
    [
      'counts RAID by kind',
      rollup.raid.byKind,
      {
        risk: { total: 2, open: 1 },
        assumption: { total: 1, open: 1 },
        issue: { total: 0, open: 0 },
        dependency: { total: 0, open: 0 },
        decision: { total: 0, open: 0 },
      },
    ],
    ['places the open 4 x 4 risk in the critical band', rollup.raid.openRisksBySeverity.critical, 1],
    ['sums BAC and AC', [rollup.earnedValue.bac, rollup.earnedValue.ac], [100_000, 63_000]],
    ['is neutral on compliance until a template is evaluated', rollup.compliance, { status: 'not-evaluated', score: null, passed: 0, checked: 0 }],
  ])('%s', (_behaviour, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('computes earned value from the measured inputs', () => {
    expect(rollup.earnedValue.pv).toBeCloseTo((100_000 * 124) / 311, 6);
    expect(rollup.earnedValue.ev).toBeCloseTo(35_000, 6);
    expect(rollup.earnedValue.cpi).toBeCloseTo(35_000 / 63_000, 10);
  });

  it.each([
    ['schedule is amber: SPI 0.878 is below 0.9 and one milestone is overdue', 'schedule', 'amber'],
    ['scope is green: 4.9 points behind plan', 'scope', 'green'],
    ['cost is red: CPI 0.556', 'cost', 'red'],
    ['risk is red: an open critical risk', 'risk', 'red'],
    ['compliance is grey: not evaluated', 'compliance', 'grey'],
  ] as const)('%s', (_behaviour, dimension, rag) => {
    expect(rollup.rag[dimension].rag).toBe(rag);
  });

  it('gives each colour its reason in plain words', () => {
    expect(rollup.rag.cost.reason).toBe('CPI 0.556 is below the red threshold 0.85');
    expect(rollup.rag.schedule.reason).toBe('SPI 0.878 is below the amber threshold 0.9; 1 milestone is overdue (amber at 1 or more)');
  });

  it('takes the worst colour with data as the overall colour', () => {
    expect(rollup.overall).toEqual({ rag: 'red', reason: 'Cost and risk are red (compliance has no data)' });
  });

  it('is plain JSON: a stored snapshot reads back equal', () => {
    expect(JSON.parse(JSON.stringify(rollup))).toEqual(rollup);
  });
});

describe('computeProjectRollup inputs', () => {
  it('uses a supplied compliance result', () => {
    const rollup = computeProjectRollup({ ...aProjectRollupInput('PR', items), compliance: { score: 0.8, passed: 8, checked: 10 } }, now);
    expect([rollup.compliance.status, rollup.compliance.score, rollup.rag.compliance.rag]).toEqual(['evaluated', 0.8, 'amber']);
  });

  it('counts a Decision as a decision of the RAID log, neither a dependency nor work', () => {
    const decided = [aWorkItem({ key: 'PR-1', estimate: { storyPoints: 3 } }), aWorkItem({ key: 'PR-2', issueType: 'Decision', statusCategory: 'done' })];
    const rollup = computeProjectRollup(aProjectRollupInput('PR', decided), now);
    expect([rollup.raid.byKind.decision, rollup.raid.byKind.dependency.total, rollup.progress.byCount.total]).toEqual([{ total: 1, open: 0 }, 0, 1]);
  });

  it('uses a supplied RAID mapping for progress and RAID counts alike', () => {
    const mapping = {
      issueTypes: { risk: [], assumption: [], issue: [], dependency: [], decision: [] },
      labels: { risk: [], assumption: [], issue: [], dependency: [], decision: [] },
    };
    const rollup = computeProjectRollup({ ...aProjectRollupInput('PR', items), raidMapping: mapping }, now);
    expect([rollup.raid.byKind.risk.total, rollup.progress.byCount.total]).toEqual([0, 10]);
  });

  it('uses supplied risk bands', () => {
    const rollup = computeProjectRollup({ ...aProjectRollupInput('PR', items), riskBands: { medium: 10, high: 17, critical: 20 } }, now);
    expect([rollup.raid.openRisksBySeverity.medium, rollup.rag.risk.rag]).toEqual([1, 'green']);
  });

  it('uses a supplied policy, including its overall mode', () => {
    const rollup = computeProjectRollup(
      {
        ...aProjectRollupInput('PR', [aWorkItem({ statusCategory: 'done', due: '2026-01-01' })]),
        policy: {
          schedule: {
            spi: { amberBelow: 0.9, redBelow: 0.8 },
            overdueMilestones: { amberAtLeast: 1, redAtLeast: 2 },
            uncontrolledSlips: { amberAtLeast: 1, redAtLeast: 3 },
          },
          scope: { pointsBehindPlan: { amberAbove: 10, redAbove: 25 } },
          cost: { cpi: { amberBelow: 0.95, redBelow: 0.85 } },
          risk: { amber: { severityAtLeast: 'high', openRisksAtLeast: 1 }, red: { severityAtLeast: 'critical', openRisksAtLeast: 1 } },
          compliance: { score: { amberBelow: 0.9, redBelow: 0.75 } },
          overall: 'worst',
        },
      },
      now,
    );
    expect([rollup.rag.scope.rag, rollup.overall.rag]).toEqual(['green', 'grey']);
  });

  it('copies only the project reference fields into the snapshot', () => {
    const project = { key: aProjectKey('PR'), name: 'Project', category: null, leadId: null, secret: 'not for snapshots' };
    expect(computeProjectRollup({ project, items: [] }, now).project).toEqual({ key: 'PR', name: 'Project', category: null, leadId: null });
  });

  it.each([
    ['refuses a score above 1', { score: 1.2, passed: 1, checked: 1 }],
    ['refuses more passed than checked', { score: 1, passed: 3, checked: 2 }],
    ['refuses a fractional count', { score: 0.5, passed: 0.5, checked: 1 }],
    ['refuses a NaN score', { score: Number.NaN, passed: 0, checked: 0 }],
  ])('%s in a compliance result', (_behaviour, compliance) => {
    expect(() => computeProjectRollup({ ...aProjectRollupInput('PR', []), compliance }, now)).toThrow(RangeError);
  });

  it('refuses a now that is not an ISO date-time', () => {
    expect(() => computeProjectRollup(aProjectRollupInput('PR', items), 'Tuesday')).toThrow(RangeError);
  });

  it('answers an empty project with zeros, null ratios and grey colours', () => {
    const rollup = computeProjectRollup(aProjectRollupInput('PR', []), now);
    expect([rollup.counts.total, rollup.progress.byCount.ratio, rollup.overall.rag]).toEqual([0, null, 'grey']);
  });
});

describe('computeProjectRollup at scale', () => {
  it('rolls up 100,000 items in one linear pass per figure', () => {
    const statuses = ['new', 'indeterminate', 'done'] as const;
    const many: WorkItem[] = Array.from({ length: 100_000 }, (_unused, index) => {
      const n = index + 1;
      const base = aWorkItem({ key: `BIG-${n}`, statusCategory: statuses[n % 3] ?? 'new', estimate: { storyPoints: n % 5 } });
      if (n % 1000 === 0) {
        return { ...base, issueType: 'Risk', raid: { probability: 5, impact: 5, mitigation: null } };
      }
      if (n % 100 === 0) {
        return { ...base, cost: { budget: 1_000, actualCost: 900 }, start: '2026-01-01', due: '2026-12-31' };
      }
      if (n % 10 === 1) {
        return { ...base, links: [{ type: 'is-blocked-by' as const, otherKey: anIssueKey('OTHER-1'), otherProjectKey: aProjectKey('OTHER') }] };
      }
      return base;
    });
    const rollup = computeProjectRollup(aProjectRollupInput('BIG', many), now);

    // 100 risks (every 1,000th); 900 budgeted items (every 100th that is not a risk).
    const expectedDone = many.filter((item) => item.statusCategory === 'done').length;
    expect(rollup.counts.total).toBe(100_000);
    expect(rollup.counts.done).toBe(expectedDone);
    expect(rollup.raid.byKind.risk.total).toBe(100);
    expect(rollup.progress.byCount.total).toBe(99_900);
    expect(rollup.earnedValue.bac).toBe(900_000);
    expect(rollup.earnedValue.ac).toBe(810_000);
    expect(rollup.raid.crossProjectDependencies).toBe(many.filter((item) => item.links.length > 0 && item.statusCategory !== 'done').length);
  });
});
