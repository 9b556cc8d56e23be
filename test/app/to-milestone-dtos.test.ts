import { toMilestoneDtos } from '../../src/app/to-milestone-dtos';
import type { IssueKey } from '../../src/domain/ids/issue-key';
import { projectKeyOf } from '../../src/domain/ids/project-key-of';
import type { StatusCategory } from '../../src/domain/work-item/status-category';
import type { WorkItem } from '../../src/domain/work-item/work-item';
import { aWorkItem } from '../domain/builders/a-work-item';
import { anIssueKey } from '../domain/builders/an-issue-key';

const now = '2026-11-20T12:00:00.000Z';
const blockedBy = (key: string) => ({ type: 'is-blocked-by' as const, otherKey: anIssueKey(key), otherProjectKey: projectKeyOf(anIssueKey(key)) });
const gate = (statusCategory: StatusCategory, links: WorkItem['links'] = []) =>
  aWorkItem({ key: 'CORE-9', issueType: 'Gate', statusCategory, due: '2026-12-01', links });

describe('toMilestoneDtos', () => {
  it.each<[string, WorkItem, WorkItem[], number, { state: string; reasons: string[] }]>([
    ['passes a done gate', gate('done'), [], 3, { state: 'passed', reasons: [] }],
    ['makes an open gate ready with nothing in its way', gate('new'), [], 0, { state: 'ready', reasons: [] }],
    [
      'holds a gate an unfinished issue blocks',
      gate('new', [blockedBy('OPS-1')]),
      [aWorkItem({ key: 'OPS-1' })],
      0,
      { state: 'not-ready', reasons: ['OPS-1 blocks it and is not done'] },
    ],
    ['ignores a done blocker', gate('new', [blockedBy('OPS-1')]), [aWorkItem({ key: 'OPS-1', statusCategory: 'done' })], 0, { state: 'ready', reasons: [] }],
    [
      'holds a gate while the project has an open critical risk',
      gate('indeterminate'),
      [],
      1,
      { state: 'not-ready', reasons: ['1 open critical risk in the project'] },
    ],
  ])('%s', (_behaviour, item, others, criticalRisks, expected) => {
    const known = new Map<IssueKey, WorkItem>([item, ...others].map((w) => [w.key, w]));
    expect(toMilestoneDtos([item], known, criticalRisks, now)[0]?.readiness).toEqual(expected);
  });

  it('orders milestones by due date, undated last, and marks the overdue ones', () => {
    const items = [
      aWorkItem({ key: 'CORE-1', issueType: 'Milestone', due: null }),
      aWorkItem({ key: 'CORE-2', issueType: 'Milestone', due: '2026-12-01' }),
      aWorkItem({ key: 'CORE-3', labels: ['milestone'], due: '2026-11-01' }),
      aWorkItem({ key: 'CORE-4', issueType: 'Milestone', due: '2026-10-01', statusCategory: 'done' }),
      aWorkItem({ key: 'CORE-5', issueType: 'Story', due: '2026-10-01' }),
    ];
    expect(toMilestoneDtos(items, new Map(), 0, now).map((m) => [m.key, m.overdue])).toEqual([
      ['CORE-4', false],
      ['CORE-3', true],
      ['CORE-2', false],
      ['CORE-1', false],
    ]);
  });
});
