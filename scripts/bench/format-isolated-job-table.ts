import type { IsolatedJobRow } from './bench-isolated-project-job';

const fixed = (value: number, digits: number): string => value.toFixed(digits);
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Renders the isolated project jobs as a plain-text table, one line per site size: the project and its issues, the
 * child's heap (peak, added by the job, still held after it), its peak resident set, wall time, CPU and Jira
 * requests, followed by one line per size naming where those requests went.
 */
export function formatIsolatedJobTable(rows: readonly IsolatedJobRow[]): string {
  const header = [
    'site issues',
    'project',
    'issues',
    'peak heap MB',
    'heap added MB',
    'held after MB',
    'base RSS MB',
    'peak RSS MB',
    'wall s',
    'CPU ms',
    'Jira req',
    'invocations',
  ];
  const lines = rows.map((row) => {
    const m = row.measure;
    return [
      grouped(row.size),
      m.projectKey,
      m.issues === row.projectIssues ? grouped(m.issues) : `${grouped(m.issues)} of ${grouped(row.projectIssues)}`,
      fixed(m.peakHeapMB, 0),
      fixed(m.heapAddedMB, 0),
      fixed(m.heapRetainedMB, 0),
      fixed(m.baseRssMB, 0),
      fixed(m.peakRssMB, 0),
      fixed(m.wallS, 2),
      grouped(m.cpuMs),
      m.jiraRequests === row.fakeRequests ? grouped(m.jiraRequests) : `${grouped(m.jiraRequests)} (fake saw ${grouped(row.fakeRequests)})`,
      String(m.invocations),
    ];
  });
  const table = [header, ...lines];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? '').length)));
  const render = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 1 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  const endpoints = rows.map((row) => {
    const counts = Object.entries(row.byEndpoint)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([endpoint, count]) => `${count.toLocaleString('en-US')} ${endpoint}`);
    return `${grouped(row.size)} ${row.measure.projectKey}: ${counts.join(', ')}`;
  });
  const legend = [
    '"heap added" is the peak above the heap after a collection just before the job (the app loaded, nothing stored);',
    '"held after" is what stays after the job and a collection: mostly the in-memory KVS copy of what it stored, kept',
    'outside the function on Forge. RSS counts the whole child: Node, the tsx loader and every module of the app.',
  ];
  return [render(header), rule, ...lines.map(render), ...legend, '', 'Requests by endpoint:', ...endpoints].join('\n');
}
