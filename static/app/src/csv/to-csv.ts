/** One cell of a CSV export: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); names and summaries come from
// Jira users, so such a text is prefixed with an apostrophe and stays text.
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Lines of cells as CSV (RFC 4180): comma-separated, every line ended by CRLF, a field with a comma, a quote or a line
 * break quoted with its inner quotes doubled, and text a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) kept as text behind an apostrophe. Numbers are written as they are, so a negative figure
 * stays a number.
 *
 * @example
 * toCsv([['Key', 'Summary'], ['PAY-1', '=HYPERLINK("x")'], ['PAY-2', null]]);
 * // => 'Key,Summary\r\nPAY-1,"\'=HYPERLINK(""x"")"\r\nPAY-2,\r\n'
 */
export function toCsv(lines: readonly (readonly CsvCell[])[]): string {
  return lines.map((cells) => `${cells.map(field).join(',')}\r\n`).join('');
}
