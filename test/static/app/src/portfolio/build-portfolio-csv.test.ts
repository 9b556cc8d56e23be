import { buildPortfolioCsv } from '../../../../../static/app/src/portfolio/build-portfolio-csv';
import { toPortfolioRows, type PortfolioRow } from '../../../../../static/app/src/portfolio/to-portfolio-rows';
import { parseCsv } from '../csv/parse-csv';
import { aPortfolio, aPortfolioProject, aRollup } from './a-portfolio';

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
    ]);
  });

  it('keeps one field per column in every record, with the program quoted and the lead named', () => {
    const records = parseCsv(buildPortfolioCsv([rowNamed('A, "B"', "Ó'Brien, Seán"), rowNamed('C')]));
    expect(records.map((record) => record.length)).toEqual([28, 28, 28]);
    expect(records[1]?.slice(0, 4)).toEqual(['Core, "Platforms"', 'ACME', 'A, "B"', "Ó'Brien, Seán"]);
  });

  it('writes fractions as numbers and a missing figure as an empty field', () => {
    const record = parseCsv(buildPortfolioCsv([rowNamed('X')]))[1] ?? [];
    expect(record[16]).toBe('0.5');
    expect(record[17]).toBe('');
    expect(record[22]).toBe('');
    expect(record.slice(26)).toEqual(['no', 'no']);
  });
});
