import { UsageError } from './parse-common-options';

/** `--period` as given: a length in days, or the name or id of a baseline (looked up once storage is open). */
export type CliReportPeriod = { readonly kind: 'last-days'; readonly days: 7 | 14 | 30 } | { readonly kind: 'baseline'; readonly nameOrId: string };

const days = { '7d': 7, '14d': 14, '30d': 30 } as const;

/**
 * Reads `--period`: `7d`, `14d` (the default), `30d`, or `baseline:NAME` (a baseline's name or id).
 *
 * @example
 * parseReportPeriod('baseline:Gate 2'); // { kind: 'baseline', nameOrId: 'Gate 2' }
 */
export function parseReportPeriod(raw: string | undefined): CliReportPeriod {
  if (raw === undefined) return { kind: 'last-days', days: 14 };
  if (raw === '7d' || raw === '14d' || raw === '30d') return { kind: 'last-days', days: days[raw] };
  const baseline = /^baseline:(.+)$/s.exec(raw)?.[1]?.trim();
  if (baseline === undefined || baseline === '') throw new UsageError(`--period must be 7d, 14d, 30d or baseline:NAME, not '${raw}'.`);
  return { kind: 'baseline', nameOrId: baseline };
}
