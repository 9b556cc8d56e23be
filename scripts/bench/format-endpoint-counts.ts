import type { BenchRow } from './bench-row';

/**
 * One line per row naming where its Jira requests went, most requested endpoint first, e.g.
 * `10,000 full: 112 POST /rest/api/3/search/jql, 8 GET /rest/api/3/project/{projectIdOrKey}, ...`.
 */
export function formatEndpointCounts(rows: readonly BenchRow[]): string {
  return rows
    .map((row) => {
      const counts = Object.entries(row.measure.byEndpoint)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .map(([endpoint, count]) => `${count.toLocaleString('en-US')} ${endpoint}`);
      return `${row.size.toLocaleString('en-US')} ${row.phase}: ${counts.join(', ')}`;
    })
    .join('\n');
}
