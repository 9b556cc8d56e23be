import fc from 'fast-check';
import { toCsv, type CsvCell } from '../../../../../static/app/src/csv/to-csv';
import { parseCsv } from './parse-csv';

/** What a spreadsheet shows for a cell written by toCsv: formula-like text keeps its guarding apostrophe. */
const shown = (cell: CsvCell): string => (cell === null ? '' : typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

describe('toCsv', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text as it is', 'Plain name', 'Plain name'],
    ['text with a comma in quotes', 'Payments, phase 2', '"Payments, phase 2"'],
    ['text with double quotes in quotes, each doubled', 'The "Harbour" deal', '"The ""Harbour"" deal"'],
    ['text with a line feed in quotes', 'Line one\nline two', '"Line one\nline two"'],
    ['text with a CRLF in quotes', 'Line one\r\nline two', '"Line one\r\nline two"'],
    ['a leading equals sign as text behind an apostrophe', '=1+2', "'=1+2"],
    ['a leading plus sign as text', '+44 20 7946 0000', "'+44 20 7946 0000"],
    ['a leading minus sign in text as text', '-2 days', "'-2 days"],
    ['a leading at sign as text', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a leading tab as text', '\tindented', "'\tindented"],
    ['a leading carriage return as text, in quotes', '\rhidden', '"\'\rhidden"'],
    ['a formula with quotes as text, quoted and doubled', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['an equals sign inside text as it is', 'a=b', 'a=b'],
    ['a negative number as a number', -3, '-3'],
    ['a fraction as a number', 0.6629, '0.6629'],
    ['nothing as an empty field', null, ''],
    ['empty text as an empty field', '', ''],
  ])('writes %s', (_what, cell, field) => {
    expect(toCsv([[cell]])).toBe(`${field}\r\n`);
  });

  it('separates fields with commas and ends every line, the last too, with CRLF', () => {
    expect(
      toCsv([
        ['Key', 'Score'],
        ['PAY-1', 20],
        ['PAY-2', null],
      ]),
    ).toBe('Key,Score\r\nPAY-1,20\r\nPAY-2,\r\n');
  });

  it('writes nothing for no lines', () => {
    expect(toCsv([])).toBe('');
  });

  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", 'é') }),
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constant(null),
  );
  const lines = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 });

  it('reads back every cell as a spreadsheet shows it, one record per line and one field per cell', () => {
    fc.assert(
      fc.property(lines, (written) => {
        expect(parseCsv(toCsv(written))).toEqual(written.map((cells) => cells.map(shown)));
      }),
    );
  });

  it('never lets a text cell read back starting with a formula character', () => {
    fc.assert(
      fc.property(lines, (written) => {
        const read = parseCsv(toCsv(written));
        written.forEach((cells, line) => {
          cells.forEach((written, column) => {
            if (typeof written === 'string') expect(read[line]?.[column]).not.toMatch(/^[=+\-@\t\r]/);
          });
        });
      }),
    );
  });
});
