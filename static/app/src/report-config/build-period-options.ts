import type { BaselineDto } from '../../../../src/contract/baseline-dto';
import { writtenDayLabel } from '../../../../src/domain/time';
import type { ResolverState } from '../resolver/resolver-state';
import { reportConfigLabels } from './report-config-labels';
import type { ReportConfig } from './report-config-schema';

/** One period a report can cover: a fixed look-back, or since a named baseline. */
export type PeriodChoice =
  { readonly period: '7d' | '14d' | '30d' } | { readonly period: 'baseline'; readonly baselineId: string; readonly baselineName: string };

/** One entry of the settings form's Period select. */
export interface PeriodOption {
  /** Unique among the options: the period, or `baseline:` and the baseline's id. */
  readonly value: string;
  readonly label: string;
  readonly choice: PeriodChoice;
  /** A baseline that no longer exists: shown so the editor sees why, never offered anew. */
  readonly isDisabled: boolean;
}

const dayPeriods = ['7d', '14d', '30d'] as const;

/** The option value the config's period stands for. */
export const periodOptionValue = (config: ReportConfig): string => (config.period === 'baseline' ? `baseline:${config.baselineId ?? ''}` : config.period);

const dayOption = (period: (typeof dayPeriods)[number]): PeriodOption => ({
  value: period,
  label: reportConfigLabels.period[period],
  choice: { period },
  isDisabled: false,
});

const baselineOption = (baseline: Pick<BaselineDto, 'id' | 'name' | 'startsAt'>): PeriodOption => ({
  value: `baseline:${baseline.id}`,
  label: `Since baseline: ${baseline.name} (${writtenDayLabel(baseline.startsAt)})`,
  choice: { period: 'baseline', baselineId: baseline.id, baselineName: baseline.name },
  isDisabled: false,
});

/**
 * The Period select's options: the last 7, 14 and 30 days always, then one per baseline once they are listed. The
 * config's own baseline stays shown while the list loads or cannot be had, and is marked deleted when the list lacks it.
 *
 * @example
 * buildPeriodOptions(config, { state: 'ready', data: [{ id: 'b-1', name: 'Gate 2', startsAt: '2026-10-01T23:59:59.999Z', ... }] }).map((o) => o.label);
 * // => ['Last 7 days', 'Last 14 days', 'Last 30 days', 'Since baseline: Gate 2 (2026-10-01)']
 * buildPeriodOptions({ ...config, period: 'baseline', baselineId: 'gone', baselineName: 'Old' }, { state: 'ready', data: [] }).at(-1)?.label;
 * // => 'Deleted baseline: Old'
 */
export function buildPeriodOptions(config: ReportConfig, baselines: ResolverState<readonly BaselineDto[]>): readonly PeriodOption[] {
  const options = dayPeriods.map(dayOption);
  const listed = baselines.state === 'ready' ? baselines.data.map(baselineOption) : [];
  if (config.period !== 'baseline' || config.baselineId === undefined) return [...options, ...listed];
  const saved = { id: config.baselineId, name: config.baselineName ?? config.baselineId };
  if (baselines.state !== 'ready') {
    return [
      ...options,
      {
        value: `baseline:${saved.id}`,
        label: `Since baseline: ${saved.name}`,
        choice: { period: 'baseline', baselineId: saved.id, baselineName: saved.name },
        isDisabled: false,
      },
    ];
  }
  if (listed.some((option) => option.value === `baseline:${saved.id}`)) return [...options, ...listed];
  return [
    ...options,
    ...listed,
    {
      value: `baseline:${saved.id}`,
      label: `Deleted baseline: ${saved.name}`,
      choice: { period: 'baseline', baselineId: saved.id, baselineName: saved.name },
      isDisabled: true,
    },
  ];
}
