import { renderTextTable } from './render-text-table';
import type { SitePointsRow } from './site-points-row';

const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Renders the first read's points against what the data costs ("ratio": charged / data, 1.00 being a read of every
 * issue once in pages of 100 and nothing else), and the incremental refresh's points per issue edited.
 */
export function formatSitePointsTable(rows: readonly SitePointsRow[]): string {
  const header = ['issues', 'projects', 'first read pts', 'data cost pts', 'ratio', 'edited (1%)', 'incremental pts', 'pts/edit'];
  const lines = rows.map((row) => [
    grouped(row.size),
    grouped(row.projects),
    grouped(row.firstReadPoints),
    grouped(row.dataPoints),
    row.dataPoints === 0 ? '-' : (row.firstReadPoints / row.dataPoints).toFixed(3),
    row.incrementalEdits === null ? '-' : grouped(row.incrementalEdits),
    row.incrementalPoints === null ? '-' : grouped(row.incrementalPoints),
    row.incrementalEdits === null || row.incrementalPoints === null || row.incrementalEdits === 0
      ? '-'
      : (row.incrementalPoints / row.incrementalEdits).toFixed(2),
  ]);
  return renderTextTable(header, lines);
}
