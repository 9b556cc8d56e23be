import { buildPortfolioTable, type PortfolioCell } from '../../../../../static/app/src/portfolio/build-portfolio-table';
import { toPortfolioRows, type PortfolioRow } from '../../../../../static/app/src/portfolio/to-portfolio-rows';
import { compareRollups } from '../../../../../src/domain/trend/compare-rollups';
import { aChangeControl, aPortfolio, aPortfolioProject, aRollup, withChangeControl } from './a-portfolio';

const coreBefore = aRollup('CORE', 'Core', { done: 1, due: '2026-04-01' });
const core = aRollup('CORE', 'Core', { done: 1, risk: 'critical', due: '2026-03-01', name: 'Core Banking' });
const history = [
  { day: '2026-03-09', progress: 0.1, overall: 'green' as const },
  { day: '2026-03-10', progress: 0.2, overall: 'red' as const },
];
const rows: PortfolioRow[] = toPortfolioRows(
  aPortfolio([
    { ...aPortfolioProject(core), trend: compareRollups(coreBefore, core), history },
    { ...aPortfolioProject(aRollup('DATA', 'Core', { done: 4, risk: 'high', due: '2026-04-01', name: 'data lake' })), stale: true },
  ]),
);
// Each cell is rendered as its description in JSON, so the test reads back exactly what the page would draw.
const table = buildPortfolioTable(rows, (cell) => JSON.stringify(cell));
const columns = table.head.cells.map((cell) => cell.key);

function cellAt(rowIndex: number, column: string) {
  const found = table.rows[rowIndex]?.cells[columns.indexOf(column)];
  if (!found) throw new Error(`no ${column} cell in row ${rowIndex}`);
  return found;
}

function shown(rowIndex: number, column: string): PortfolioCell {
  const content = cellAt(rowIndex, column).content;
  if (typeof content !== 'string') throw new Error('the renderer gave a string');
  return JSON.parse(content) as PortfolioCell;
}

describe('buildPortfolioTable', () => {
  it('has every column the portfolio shows, each sortable, with widths adding up to the whole table', () => {
    expect(table.head.cells.map((c) => [c.key, c.content, c.isSortable])).toEqual([
      ['project', 'Project', true],
      ['overall', 'Overall', true],
      ['schedule', 'Schedule', true],
      ['scope', 'Scope', true],
      ['cost', 'Cost', true],
      ['risk', 'Risk', true],
      ['compliance', 'Compliance', true],
      ['progress', 'Progress', true],
      ['milestone', 'Next milestone', true],
      ['overdue', 'Overdue milestones', true],
      ['pendingChanges', 'Pending changes', true],
      ['uncontrolledSlips', 'Uncontrolled slips', true],
      ['risks', 'Open risks', true],
      ['complianceScore', 'Compliance score', true],
      ['indices', 'CPI / SPI', true],
      ['trend', 'Trend', true],
      ['fromIntake', 'From intake', true],
    ]);
    expect(table.head.cells.reduce((sum, c) => sum + (c.width ?? 0), 0)).toBe(100);
  });

  it('gives one row per project, keyed by project key, with one cell per column', () => {
    expect(table.rows.map((row) => [row.key, row.cells.length])).toEqual([
      ['CORE', columns.length],
      ['DATA', columns.length],
    ]);
  });

  it.each<[string, number, PortfolioCell]>([
    ['project', 0, { kind: 'project', key: 'CORE', name: 'Core Banking', meta: 'CORE' }],
    ['project', 1, { kind: 'project', key: 'DATA', name: 'data lake', meta: 'DATA · changed in Jira since' }],
    ['risks', 0, { kind: 'text', text: '1 critical, 0 high' }],
    ['risks', 1, { kind: 'text', text: '0 critical, 1 high' }],
    ['overdue', 0, { kind: 'text', text: '1' }],
    ['milestone', 1, { kind: 'milestone', key: 'DATA-6', due: '2026-04-01' }],
    ['milestone', 0, { kind: 'text', text: 'None due' }],
    ['complianceScore', 0, { kind: 'text', text: 'Not evaluated' }],
    ['indices', 0, { kind: 'text', text: '– / –' }],
    ['progress', 0, { kind: 'progress', text: '20%', history }],
    ['trend', 0, { kind: 'trend', arrow: '↓', label: 'Overall green to red since 2026-03-10' }],
    ['trend', 1, { kind: 'trend', arrow: '–', label: 'No earlier snapshot to compare with' }],
  ])('shows the %s of row %s', (column, rowIndex, expected) => {
    expect(shown(rowIndex, column)).toEqual(expected);
  });

  it.each(['schedule', 'scope', 'cost', 'risk', 'compliance'] as const)('shows the %s colour with the reason the domain gave', (dimension) => {
    expect(shown(0, dimension)).toEqual({ kind: 'rag', rag: core.rag[dimension].rag, reason: core.rag[dimension].reason, setByHand: false });
  });

  it('shows the overall colour with its reason', () => {
    expect(shown(0, 'overall')).toEqual({ kind: 'rag', rag: 'red', reason: core.overall.reason, setByHand: false });
  });

  it.each([
    ['project', 'core banking', 'data lake'],
    ['overall', 0, 1],
    ['risk', 0, 1],
    ['progress', 0.2, 0.8],
    ['milestone', '', Date.parse('2026-04-01')],
    ['risks', 1_000_000, 1],
    ['complianceScore', '', ''],
    ['indices', '', ''],
    ['trend', -2, 0],
  ])('sorts the %s column by %p and %p (worst colour first, a missing figure last)', (column, first, second) => {
    expect([cellAt(0, column).key, cellAt(1, column).key]).toEqual([first, second]);
  });
});

describe('buildPortfolioTable: change control columns', () => {
  const slip = { itemKey: 'PAY-7', kind: 'milestone' as const, approvedDue: '2026-03-01', currentDue: '2026-03-15', daysLate: 14 };
  const projects = [
    // 0: a roll-up stored before change control was kept
    aRollup('OLD', 'Core'),
    // 1: computed, with change requests waiting but no approved baseline
    withChangeControl(aRollup('NEW', 'Core'), aChangeControl({ baselineVersion: null, changeRequests: 2, pending: 2, oldestPendingDays: 1 })),
    // 2: baselined, nothing pending, nothing slipped
    withChangeControl(aRollup('CALM', 'Core'), aChangeControl({ baselineVersion: 3 })),
    // 3: baselined, one pending for 12 days, three uncontrolled slips of which the roll-up lists one
    withChangeControl(aRollup('PAY', 'Core'), aChangeControl({ pending: 1, oldestPendingDays: 12, uncontrolledSlips: 3, slips: [slip] })),
  ];
  const changeTable = buildPortfolioTable(toPortfolioRows(aPortfolio(projects.map((rollup) => aPortfolioProject(rollup)))), (cell) => JSON.stringify(cell));
  const at = (rowIndex: number, column: string) => {
    const found = changeTable.rows[rowIndex]?.cells[columns.indexOf(column)];
    if (!found || typeof found.content !== 'string') throw new Error(`no ${column} cell in row ${rowIndex}`);
    return { sortKey: found.key, cell: JSON.parse(found.content) as PortfolioCell };
  };
  const notComputed: PortfolioCell = {
    kind: 'unknown',
    short: 'Not computed yet',
    explanation: 'Change control is worked out at this project’s next refresh.',
  };
  const noBaseline: PortfolioCell = {
    kind: 'unknown',
    short: 'No approved baseline',
    explanation: 'Slips are counted against an approved baseline, and none is approved for this project yet.',
  };

  it.each<[string, number, string, number | string, PortfolioCell]>([
    ['not computed yet: a dash with the reason, never 0', 0, 'pendingChanges', '', notComputed],
    ['not computed yet: a dash with the reason, never 0', 0, 'uncontrolledSlips', '', notComputed],
    ['no approved baseline: pending changes still counted', 1, 'pendingChanges', 200_001, { kind: 'text', text: '2, oldest 1 day' }],
    ['no approved baseline: slips are a dash with the reason', 1, 'uncontrolledSlips', '', noBaseline],
    ['baselined and calm: zero pending', 2, 'pendingChanges', 0, { kind: 'text', text: '0' }],
    ['baselined and calm: zero slips', 2, 'uncontrolledSlips', 0, { kind: 'slips', count: 0, slips: [], unlisted: 0 }],
    ['one pending for 12 days', 3, 'pendingChanges', 100_012, { kind: 'text', text: '1, oldest 12 days' }],
    ['three slips, one listed', 3, 'uncontrolledSlips', 3, { kind: 'slips', count: 3, slips: [slip], unlisted: 2 }],
  ])('shows %s (row %s, %s), sorted by %p', (_what, rowIndex, column, sortKey, cell) => {
    expect(at(rowIndex, column)).toEqual({ sortKey, cell });
  });
});
