import type { BenchRow } from './bench-row';

const MB = 1024 * 1024;

const fixed = (value: number, digits: number): string => value.toFixed(digits);
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Renders benchmark rows as a plain-text table, one line per size and phase. "CPU ms/1k" divides the whole
 * process's CPU (app and in-process fake) by the site's issues in thousands; "fake CPU" is the fake's part of it;
 * "heap added" is the peak above the heap in use when the phase began (the fake's site is already resident then).
 */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const header = [
    'issues',
    'phase',
    'Jira req',
    'API min',
    'ratio',
    'bytes recv',
    'CPU ms',
    'CPU ms/1k',
    'fake CPU ms',
    'peak heap MB',
    'heap added MB',
    'wall s',
  ];
  const lines = rows.map((row) => {
    const m = row.measure;
    return [
      grouped(row.size),
      row.phase,
      grouped(m.requests),
      grouped(row.minimum),
      row.minimum === 0 ? '-' : fixed(m.requests / row.minimum, 2),
      grouped(m.bytesReceived),
      grouped(m.cpuMs),
      fixed(m.cpuMs / (row.size / 1000), 1),
      m.fakeCpuMs === null ? '-' : grouped(m.fakeCpuMs),
      fixed(m.peakHeapBytes / MB, 0),
      fixed(Math.max(0, m.peakHeapBytes - m.baseHeapBytes) / MB, 0),
      fixed(m.wallMs / 1000, 2),
    ];
  });
  const table = [header, ...lines];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [render(header), rule, ...lines.map(render)].join('\n');
}
