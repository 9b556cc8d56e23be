import { buildRaidLogTable, dueOrReviewOf } from '../../../../../static/app/src/raid/build-raid-log-table';
import { aRaidItem, aRisk } from './a-raid-item';

const risk = aRisk(
  'CORE-12',
  5,
  4,
  { accountId: 'pm', displayName: 'Paul PM' },
  { due: '2026-12-01', summary: 'Vendor exit', statusName: 'In Progress', ageDays: 40, stale: true },
);
const assumption = aRaidItem({ key: 'CORE-3', summary: 'Data is clean' });
const table = buildRaidLogTable([risk, assumption]);

describe('buildRaidLogTable', () => {
  it('has the RAID log columns, every one sortable', () => {
    expect(table.head.cells.map((cell) => [cell.key, cell.content, cell.isSortable])).toEqual([
      ['kind', 'Kind', true],
      ['key', 'Key', true],
      ['summary', 'Summary', true],
      ['score', 'Score', true],
      ['owner', 'Owner', true],
      ['due', 'Due or review', true],
      ['state', 'State', true],
      ['age', 'Age (days)', true],
    ]);
  });

  it.each([
    ['kind', 0, 0, { kind: 'text', text: 'Risk' }],
    ['key, marked stale', 0, 1, { kind: 'key', key: 'CORE-12', stale: true }],
    ['score with severity and cell', 0, 3, { kind: 'score', text: '20 Critical (P5 x I4)', colour: 'red' }],
    ['owner by name', 0, 4, { kind: 'text', text: 'Paul PM' }],
    ['due date', 0, 5, { kind: 'text', text: '2026-12-01' }],
    ['state', 0, 6, { kind: 'text', text: 'In Progress' }],
    ['age', 0, 7, { kind: 'text', text: '40' }],
    ['a dash for a score that does not apply', 1, 3, { kind: 'score', text: '—', colour: null }],
    ['"Unassigned" with no owner', 1, 4, { kind: 'text', text: 'Unassigned' }],
    ['the last review without a due date', 1, 5, { kind: 'text', text: 'reviewed 2026-11-10' }],
  ])('shows the %s', (_what, row, column, expected) => {
    expect(table.rows[row]?.cells[column]?.content).toEqual(expected);
  });

  it('sorts keys by number, kinds in log order and scores with unscored last', () => {
    expect(table.rows.map((row) => [row.cells[0]?.key, row.cells[1]?.key, row.cells[3]?.key])).toEqual([
      [0, 12, 20],
      [1, 3, -1],
    ]);
  });

  it('calls an unscored risk unscored', () => {
    expect(buildRaidLogTable([aRaidItem({ kind: 'risk' })]).rows[0]?.cells[3]?.content).toEqual({ kind: 'score', text: 'Unscored', colour: null });
  });

  it.each([
    ['the due date when set', aRaidItem({ due: '2027-01-05' }), '2027-01-05'],
    ['the review date otherwise', aRaidItem({ updated: '2026-10-01T10:00:00.000+0000' }), 'reviewed 2026-10-01'],
  ])('dueOrReviewOf shows %s', (_what, item, expected) => {
    expect(dueOrReviewOf(item)).toBe(expected);
  });
});
