import { renderTextTable } from './render-text-table';
import { steadyDayVerdict } from './steady-day-verdict';
import type { SteadyDayRow } from './steady-day-row';

const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

/**
 * Renders each simulated day: edits and deletions, the hours that ran (a shorter window's event points scaled to 24
 * h), the points of the events' refreshes and of the daily job, the day's total against the target 1.2 x (changes +
 * projects) and whether it was met, and how many such sites one Tier 1 pool serves (65,000 x 24 / points per day).
 */
export function formatSteadyDayTable(rows: readonly SteadyDayRow[]): string {
  const header = [
    'issues',
    'projects',
    'edits',
    'deletes',
    'hours run',
    'event pts',
    'daily job pts',
    'pts/day',
    'target',
    'met',
    'Tier 1 sites/day',
    'deferred',
    'wall s',
  ];
  const lines = rows.map((row) => {
    const points = row.eventPoints + row.dailyJobPoints;
    const verdict = steadyDayVerdict({ pointsPerDay: points, changes: row.edits + row.deletes, projects: row.projects });
    return [
      grouped(row.size),
      grouped(row.projects),
      grouped(row.edits),
      grouped(row.deletes),
      row.simulatedHours >= 24 ? '24' : `${row.simulatedHours.toFixed(1)}, scaled`,
      grouped(row.eventPoints),
      grouped(row.dailyJobPoints),
      grouped(points),
      verdict.target.toFixed(0),
      verdict.met ? 'yes' : 'NO',
      verdict.sitesPerTier1 === null ? '-' : grouped(verdict.sitesPerTier1),
      grouped(row.deferred),
      (row.wallMs / 1000).toFixed(1),
    ];
  });
  return renderTextTable(header, lines, [9]);
}
