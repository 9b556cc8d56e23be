import { buildPortfolioCsv } from '../../../../../static/app/src/portfolio/build-portfolio-csv';
import { toPortfolioRows, type PortfolioRow } from '../../../../../static/app/src/portfolio/to-portfolio-rows';
import { parseCsv } from '../csv/parse-csv';
import { aChangeControl, aPortfolio, aPortfolioProject, aRollup, withChangeControl } from './a-portfolio';

function rowNamed(name: string, lead: string | null = null): PortfolioRow {
  const rows = toPortfolioRows(
    aPortfolio([aPortfolioProject(aRollup('ACME', 'Core, "Platforms"', { done: 2, name }), lead === null ? null : { accountId: 'acc-1', displayName: lead })]),
  );
  const row = rows[0];
  if (!row) throw new Error('no row');
  return row;
}

describe('buildPortfolioCsv', () => {
  it('starts with a header naming every column and ends every record with CRLF', () => {
    const csv = buildPortfolioCsv([]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)[0]).toEqual([
      'Program',
      'Project key',
      'Project',
      'Lead',
      'Overall RAG',
      'Overall reason',
      'Schedule RAG',
      'Schedule reason',
      'Scope RAG',
      'Scope reason',
      'Cost RAG',
      'Cost reason',
      'Risk RAG',
      'Risk reason',
      'Compliance RAG',
      'Compliance reason',
      'Progress',
      'Next milestone',
      'Next milestone due',
      'Overdue milestones',
      'Open critical risks',
      'Open high risks',
      'Compliance score',
      'CPI',
      'SPI',
      'Trend',
      'Partial',
      'Stale',
      'Change control',
      'Approved baseline version',
      'Pending changes',
      'Oldest pending change (days)',
      'Uncontrolled slips',
      'Uncontrolled slip items',
      'Budget beyond baseline',
      'Scope beyond baseline',
      'From intake',
    ]);
  });

  it('keeps one field per column in every record, with the program quoted and the lead named', () => {
    const records = parseCsv(buildPortfolioCsv([rowNamed('A, "B"', "Ó'Brien, Seán"), rowNamed('C')]));
    expect(records.map((record) => record.length)).toEqual([37, 37, 37]);
    expect(records[1]?.slice(0, 4)).toEqual(['Core, "Platforms"', 'ACME', 'A, "B"', "Ó'Brien, Seán"]);
  });

  it('writes fractions as numbers and a missing figure as an empty field', () => {
    const record = parseCsv(buildPortfolioCsv([rowNamed('X')]))[1] ?? [];
    expect(record[16]).toBe('0.5');
    expect(record[17]).toBe('');
    expect(record[22]).toBe('');
    expect(record.slice(26, 28)).toEqual(['no', 'no']);
  });
});

describe('buildPortfolioCsv: change control', () => {
  const slips = [
    { itemKey: 'PAY-7', kind: 'milestone' as const, approvedDue: '2026-03-01', currentDue: '2026-03-15', daysLate: 14 },
    { itemKey: 'PAY-9', kind: 'epic' as const, approvedDue: '2026-04-01', currentDue: '2026-04-02', daysLate: 1 },
  ];
  const rollups = [
    aRollup('OLD', 'Core'),
    withChangeControl(aRollup('NEW', 'Core'), aChangeControl({ baselineVersion: null, changeRequests: 1, pending: 1, oldestPendingDays: 4 })),
    withChangeControl(
      aRollup('PAY', 'Core'),
      aChangeControl({ baselineVersion: 2, pending: 0, uncontrolledSlips: 3, slips, budgetBeyond: 20_000, scopeBeyond: 13 }),
    ),
  ];
  const records = parseCsv(buildPortfolioCsv(toPortfolioRows(aPortfolio(rollups.map((rollup) => aPortfolioProject(rollup))))));

  it.each<[string, number, string[]]>([
    ['a roll-up stored before change control was kept: its state in words and empty figures, never 0', 1, ['not computed yet', '', '', '', '', '', '', '']],
    ['no approved baseline: pending changes counted, slips left empty', 2, ['no approved baseline', '', '1', '4', '', '', '', '']],
    [
      'an approved baseline: every figure, and each listed slip with its dates and the ones not listed',
      3,
      [
        'approved baseline v2',
        '2',
        '0',
        '',
        '3',
        'PAY-7 (milestone) approved 2026-03-01, now 2026-03-15, 14 days late; PAY-9 (epic) approved 2026-04-01, now 2026-04-02, 1 day late; and 1 more',
        '20000',
        '13',
      ],
    ],
  ])('writes %s', (_what, index, fields) => {
    expect(records[index]?.slice(28, 36)).toEqual(fields);
  });
});

describe('buildPortfolioCsv: from intake', () => {
  const delivering = {
    ...aPortfolioProject(aRollup('WEB', 'Digital')),
    fromIntake: [
      { key: 'INT-1', summary: 'Cloud contact centre', epicKey: null },
      { key: 'INT-4', summary: 'Retire the batch scheduler', epicKey: 'WEB-3' },
    ],
  };
  const records = parseCsv(buildPortfolioCsv(toPortfolioRows(aPortfolio([delivering, aPortfolioProject(aRollup('OPS', 'Digital'))]))));

  it('names the approved proposals a project delivers, with the epic they come through, and leaves the field empty when none', () => {
    expect(records.slice(1).map((record) => [record[1], record.at(-1)])).toEqual([
      ['WEB', 'INT-1 Cloud contact centre; INT-4 Retire the batch scheduler (through epic WEB-3)'],
      ['OPS', ''],
    ]);
  });
});
