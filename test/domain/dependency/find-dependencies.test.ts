import { projectKeyOf } from '../../../src/domain/ids/project-key-of';
import { findDependencies } from '../../../src/domain/dependency/find-dependencies';
import type { StatusCategory } from '../../../src/domain/work-item/status-category';
import type { WorkItemLink } from '../../../src/domain/work-item/work-item-link';
import { aWorkItem } from '../builders/a-work-item';
import { anIssueKey } from '../builders/an-issue-key';

const now = '2026-11-20T12:00:00.000Z';
const link = (type: WorkItemLink['type'], other: string): WorkItemLink => {
  const otherKey = anIssueKey(other);
  return { type, otherKey, otherProjectKey: projectKeyOf(otherKey) };
};
const issue = (key: string, due: string | null, links: WorkItemLink[] = [], statusCategory: StatusCategory = 'new', issueType = 'Story') =>
  aWorkItem({ key, due, links, statusCategory, issueType });

const pairs = (items: Parameters<typeof findDependencies>[0], crossProjectOnly = true) =>
  findDependencies(items, now, { crossProjectOnly }).map((d) => [d.source, d.blocker.key, d.blocked?.key ?? null, d.late]);

describe('findDependencies', () => {
  it.each([
    [
      'finds a late cross-project dependency: the blocker is due after the item it blocks',
      [issue('ALPHA-5', '2026-12-15', [link('is-blocked-by', 'BETA-4')]), issue('BETA-4', '2027-01-10', [link('blocks', 'ALPHA-5')])],
      [['link', 'BETA-4', 'ALPHA-5', true]],
    ],
    [
      'finds an on-time cross-project dependency',
      [issue('BETA-3', '2026-12-10', [link('is-blocked-by', 'GAMMA-2')]), issue('GAMMA-2', '2026-12-01', [link('blocks', 'BETA-3')])],
      [['link', 'GAMMA-2', 'BETA-3', false]],
    ],
    [
      'marks an overdue, unfinished blocker late even when due before the blocked item',
      [issue('AA-1', '2026-12-31', [link('is-blocked-by', 'BB-1')]), issue('BB-1', '2026-11-10')],
      [['link', 'BB-1', 'AA-1', true]],
    ],
    [
      'never marks a done blocker late',
      [issue('AA-1', '2026-12-01', [link('is-blocked-by', 'BB-1')]), issue('BB-1', '2026-11-10', [], 'done')],
      [['link', 'BB-1', 'AA-1', false]],
    ],
    [
      'cannot judge a blocker without a due date, so it is not late',
      [issue('AA-1', '2026-12-01', [link('is-blocked-by', 'BB-1')]), issue('BB-1', null)],
      [['link', 'BB-1', 'AA-1', false]],
    ],
    [
      'reads a link recorded only on the blocker side',
      [issue('AA-1', '2026-12-01'), issue('BB-1', '2026-12-20', [link('blocks', 'AA-1')])],
      [['link', 'BB-1', 'AA-1', true]],
    ],
    ['leaves out a blocks link inside one project', [issue('AA-1', '2026-12-01', [link('is-blocked-by', 'AA-2')]), issue('AA-2', '2026-12-20')], []],
    ['leaves out a link to an issue whose dates are unknown', [issue('AA-1', '2026-12-01', [link('is-blocked-by', 'HID-1')])], []],
    [
      'keeps a Dependency item standing alone, late when overdue',
      [issue('AA-3', '2026-11-01', [], 'new', 'Dependency')],
      [['dependency-item', 'AA-3', null, true]],
    ],
    [
      'keeps a Dependency item that blocks an item of its own project',
      [issue('AA-3', '2026-12-24', [link('blocks', 'AA-1')], 'new', 'Dependency'), issue('AA-1', '2026-12-01')],
      [['dependency-item', 'AA-3', 'AA-1', true]],
    ],
  ])('%s', (_behaviour, items, expected) => {
    expect(pairs(items)).toEqual(expected);
  });

  it('keeps same-project links when asked to', () => {
    expect(pairs([issue('AA-1', '2026-12-01', [link('is-blocked-by', 'AA-2')]), issue('AA-2', '2026-12-20')], false)).toEqual([['link', 'AA-2', 'AA-1', true]]);
  });

  it('puts late dependencies first, then by blocker due date', () => {
    const items = [
      issue('AA-1', '2026-12-31', [link('is-blocked-by', 'BB-1'), link('is-blocked-by', 'CC-1'), link('is-blocked-by', 'DD-1')]),
      issue('BB-1', '2026-12-20'),
      issue('CC-1', '2027-02-01'),
      issue('DD-1', '2026-12-01'),
    ];
    expect(pairs(items).map((p) => p[1])).toEqual(['CC-1', 'DD-1', 'BB-1']);
  });

  it('explains lateness with both due dates and the days between', () => {
    const [dependency] = findDependencies([issue('ALPHA-5', '2026-12-15', [link('is-blocked-by', 'BETA-4')]), issue('BETA-4', '2027-01-10')], now);
    expect(dependency?.lateReason).toBe('BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15)');
  });
});

describe('findDependencies with a Dependency item that other work blocks', () => {
  it('lists it once, as the blocked side, not again standing alone', () => {
    const items = [
      aWorkItem({ key: 'CORE-3', issueType: 'Dependency', due: '2026-12-24' }),
      aWorkItem({
        key: 'OPS-1',
        due: '2026-12-01',
        links: [{ type: 'blocks', otherKey: anIssueKey('CORE-3'), otherProjectKey: projectKeyOf(anIssueKey('CORE-3')) }],
      }),
    ];
    expect(findDependencies(items, now).map((d) => [d.blocker.key, d.blocked?.key ?? null])).toEqual([['OPS-1', 'CORE-3']]);
  });
});
