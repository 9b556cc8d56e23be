import type { ReportPeriod } from './report-period';
import { writtenDayLabel } from '../time/written-day-label';

/**
 * The period in words, with the days it runs between (UTC).
 *
 * @example
 * describeReportPeriod({ kind: 'last-days', days: 14, start: '2026-11-06T12:00:00.000Z', end: '2026-11-20T12:00:00.000Z' });
 * // 'last 14 days (2026-11-06 to 2026-11-20)'
 * describeReportPeriod({ kind: 'since-baseline', baseline: { id: 'b', name: 'Gate 2' }, start: '2026-10-01T23:59:59.999Z', end: '2026-11-20T12:00:00.000Z' });
 * // 'since the baseline “Gate 2” (2026-10-01 to 2026-11-20)'
 */
export function describeReportPeriod(period: ReportPeriod): string {
  const span = `(${writtenDayLabel(period.start)} to ${writtenDayLabel(period.end)})`;
  switch (period.kind) {
    case 'last-days':
      return `last ${String(period.days)} days ${span}`;
    case 'since-baseline':
      return `since the baseline “${period.baseline.name}” ${span}`;
  }
}
