import type { PacedReadRow } from './paced-read-row';
import { renderTextTable } from './render-text-table';

const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Renders each paced first read: the tier, the fake's quota and the app's background share of it, points charged
 * against the data's cost, simulated hours to read everything, the 429s the fake answered and the jobs deferred.
 */
export function formatPacedReadTable(rows: readonly PacedReadRow[]): string {
  const header = ['issues', 'tier', 'quota pts/h', 'app bg pts/h', 'data cost pts', 'points', 'simulated h', '429s', 'deferred', 'wall s'];
  const lines = rows.map((row) => [
    grouped(row.size),
    row.tier,
    grouped(row.quotaPerHour),
    grouped(row.backgroundPerHour),
    grouped(row.dataPoints),
    grouped(row.points),
    row.simulatedHours.toFixed(1),
    grouped(row.rateLimited),
    grouped(row.deferred),
    (row.wallMs / 1000).toFixed(1),
  ]);
  return renderTextTable(header, lines, [1]);
}
