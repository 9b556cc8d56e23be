import type { HistoryPoint } from '../../../../src/domain/trend';
import { formatRatio } from './format-ratio';

/**
 * The sparkline's words for assistive technology: how many days it covers and where progress went.
 *
 * @example
 * describeHistory([{ day: '2026-11-01', progress: 0.4, overall: 'amber' }, { day: '2026-11-21', progress: 0.66, overall: 'green' }]);
 * // => 'Progress over 2 days: from 40% on 2026-11-01 to 66% on 2026-11-21'
 */
export function describeHistory(history: readonly HistoryPoint[]): string {
  const measured = [...history].filter((point) => point.progress !== null).sort((a, b) => a.day.localeCompare(b.day));
  const first = measured[0];
  const last = measured[measured.length - 1];
  if (first === undefined || last === undefined) return 'No progress history yet';
  if (first === last) return `Progress history of 1 day: ${formatRatio(first.progress)} on ${first.day}`;
  return `Progress over ${history.length} days: from ${formatRatio(first.progress)} on ${first.day} to ${formatRatio(last.progress)} on ${last.day}`;
}
