import { summarizeRaid } from '../../../src/domain/raid/summarize-raid';
import { aProjectKey } from '../builders/a-project-key';
import { anIssueKey } from '../builders/an-issue-key';
import { aWorkItem } from '../builders/a-work-item';

describe('summarizeRaid', () => {
  const items = [
    aWorkItem({ key: 'PR-1', issueType: 'Risk', raid: { probability: 5, impact: 4 } }), // 20 critical, open
    aWorkItem({ key: 'PR-2', issueType: 'Risk', raid: { probability: 3, impact: 4 } }), // 12 high, open
    aWorkItem({ key: 'PR-3', issueType: 'Risk', raid: { probability: 5, impact: 5 }, statusCategory: 'done' }), // closed
    aWorkItem({ key: 'PR-4', issueType: 'Task', labels: ['raid-risk'], statusCategory: 'indeterminate' }), // unscored, open
    aWorkItem({ key: 'PR-5', issueType: 'Risk', raid: { probability: 1, impact: 4 } }), // 4 low, open
    aWorkItem({ key: 'PR-6', issueType: 'Assumption', statusCategory: 'done' }),
    aWorkItem({ key: 'PR-7', issueType: 'RAID Issue' }),
    aWorkItem({ key: 'PR-8', issueType: 'Dependency' }),
    aWorkItem({ key: 'PR-9', issueType: 'Story' }),
  ];
  const summary = summarizeRaid(items);

  it.each([
    ['counts every risk, open or closed', summary.byKind.risk, { total: 5, open: 4 }],
    ['counts a done assumption as closed', summary.byKind.assumption, { total: 1, open: 0 }],
    ['counts RAID Issue items as issues', summary.byKind.issue, { total: 1, open: 1 }],
    ['counts dependencies', summary.byKind.dependency, { total: 1, open: 1 }],
  ])('%s', (_behaviour, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('places open risks in severity bands and keeps unscored ones apart, ignoring closed risks', () => {
    expect(summary.openRisksBySeverity).toEqual({ low: 1, medium: 0, high: 1, critical: 1, unscored: 1 });
  });

  it('uses configured risk bands', () => {
    const strict = summarizeRaid(items, { riskBands: { medium: 2, high: 4, critical: 10 } });
    expect(strict.openRisksBySeverity).toEqual({ low: 0, medium: 0, high: 1, critical: 2, unscored: 1 });
  });

  it.each([
    ['counts an open item blocked by another project', 'is-blocked-by', 'OTHER', 'new', 1],
    ['counts an open item depending on another project', 'depends-on', 'OTHER', 'indeterminate', 1],
    ['ignores a block inside the same project', 'is-blocked-by', 'PR', 'new', 0],
    ['ignores the blocking side of a link', 'blocks', 'OTHER', 'new', 0],
    ['ignores a mere relation', 'relates', 'OTHER', 'new', 0],
    ['ignores a done item', 'is-blocked-by', 'OTHER', 'done', 0],
  ] as const)('%s', (_behaviour, type, otherProject, statusCategory, expected) => {
    const item = aWorkItem({
      key: 'PR-1',
      statusCategory,
      links: [{ type, otherKey: anIssueKey(`${otherProject}-1`), otherProjectKey: aProjectKey(otherProject) }],
    });
    expect(summarizeRaid([item]).crossProjectDependencies).toBe(expected);
  });
});
