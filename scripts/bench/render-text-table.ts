/**
 * Renders a plain-text table: a header, a rule, one line per row, cells joined by " | ", every column as wide as its
 * widest cell; numbers are right-aligned, the columns named in `leftAligned` (labels) left-aligned.
 */
export function renderTextTable(header: readonly string[], lines: readonly (readonly string[])[], leftAligned: readonly number[] = []): string {
  const table = [header, ...lines];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: readonly string[]): string =>
    widths.map((width, column) => (leftAligned.includes(column) ? (cells[column] ?? '').padEnd(width) : (cells[column] ?? '').padStart(width))).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [render(header), rule, ...lines.map(render)].join('\n');
}
