import type { BaselineDto } from '../../../../../src/contract/baseline-dto';
import { buildPeriodOptions, periodOptionValue } from '../../../../../static/app/src/report-config/build-period-options';
import type { ReportConfig } from '../../../../../static/app/src/report-config/report-config-schema';
import type { ResolverState } from '../../../../../static/app/src/resolver/resolver-state';
import { aBaseline } from './a-baseline';

const days: ReportConfig = { scope: 'portfolio', programs: [], projects: [], period: '14d', sections: ['headline'] };
const since = (baselineId: string, baselineName: string): ReportConfig => ({ ...days, period: 'baseline', baselineId, baselineName });
const gate = aBaseline({ id: '20261001T090000Z-00000001', name: 'Gate 2', fromDay: '2026-10-01', startsAt: '2026-10-01T23:59:59.999Z' });
const steering = aBaseline({ id: '20261120T120000Z-00000002', name: 'Steering committee 2026-11' });
const fixed = ['Last 7 days', 'Last 14 days', 'Last 30 days'];

describe('buildPeriodOptions', () => {
  it.each<[string, ReportConfig, ResolverState<readonly BaselineDto[]>, string[]]>([
    ['offers the fixed look-backs alone while the baselines load', days, { state: 'loading' }, fixed],
    ['offers the fixed look-backs alone when the baselines cannot be listed', days, { state: 'error', message: 'Jira is busy' }, fixed],
    [
      'offers one option per baseline, with the date it stands for',
      days,
      { state: 'ready', data: [steering, gate] },
      [...fixed, 'Since baseline: Steering committee 2026-11 (2026-11-20)', 'Since baseline: Gate 2 (2026-10-01)'],
    ],
    ['keeps the saved baseline shown while the baselines load', since(gate.id, 'Gate 2'), { state: 'loading' }, [...fixed, 'Since baseline: Gate 2']],
    [
      'keeps the saved baseline shown when the baselines cannot be listed',
      since(gate.id, 'Gate 2'),
      { state: 'error', message: 'Jira is busy' },
      [...fixed, 'Since baseline: Gate 2'],
    ],
    [
      'offers the saved baseline once, from the list, when it still exists',
      since(gate.id, 'Old name'),
      { state: 'ready', data: [steering, gate] },
      [...fixed, 'Since baseline: Steering committee 2026-11 (2026-11-20)', 'Since baseline: Gate 2 (2026-10-01)'],
    ],
    [
      'marks the saved baseline deleted when the list lacks it',
      since('20260901T000000Z-00000009', 'Kick-off'),
      { state: 'ready', data: [steering] },
      [...fixed, 'Since baseline: Steering committee 2026-11 (2026-11-20)', 'Deleted baseline: Kick-off'],
    ],
  ])('%s', (_name, config, baselines, labels) => {
    expect(buildPeriodOptions(config, baselines).map((option) => option.label)).toEqual(labels);
  });

  it.each<[string, ReportConfig, ResolverState<readonly BaselineDto[]>, boolean]>([
    ['a listed baseline can be chosen', since(gate.id, 'Gate 2'), { state: 'ready', data: [gate] }, false],
    ['a deleted baseline cannot be chosen anew', since('20260901T000000Z-00000009', 'Kick-off'), { state: 'ready', data: [gate] }, true],
  ])('the selected option says whether %s', (_name, config, baselines, disabled) => {
    const selected = buildPeriodOptions(config, baselines).find((option) => option.value === periodOptionValue(config));
    expect(selected?.isDisabled).toBe(disabled);
  });

  it('gives every option its own value, so the select can tell them apart', () => {
    const values = buildPeriodOptions(since('20260901T000000Z-00000009', 'Kick-off'), { state: 'ready', data: [steering, gate] }).map((option) => option.value);
    expect(new Set(values).size).toBe(values.length);
  });

  it('chooses the baseline by id and keeps its current name for the saved config', () => {
    const option = buildPeriodOptions(days, { state: 'ready', data: [gate] }).find((o) => o.label.startsWith('Since baseline'));
    expect(option?.choice).toEqual({ period: 'baseline', baselineId: gate.id, baselineName: 'Gate 2' });
  });
});
