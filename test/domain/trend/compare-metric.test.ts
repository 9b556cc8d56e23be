import { compareMetric } from '../../../src/domain/trend/compare-metric';

describe('compareMetric', () => {
  it.each([
    ['calls rising progress better', 0.4, 0.55, 'higher-is-better', 'up', 'better'],
    ['calls falling CPI worse', 0.9, 0.8, 'higher-is-better', 'down', 'worse'],
    ['calls more open risks worse', 3, 5, 'lower-is-better', 'up', 'worse'],
    ['calls fewer overdue milestones better', 2, 0, 'lower-is-better', 'down', 'better'],
    ['calls an unchanged figure flat', 0.7, 0.7, 'higher-is-better', 'flat', 'unchanged'],
    ['treats rounding noise as flat', 0.3, 0.1 + 0.2, 'higher-is-better', 'flat', 'unchanged'],
  ] as const)('%s', (_behaviour, previous, current, polarity, direction, assessment) => {
    expect(compareMetric(previous, current, polarity)).toMatchObject({ previous, current, direction, assessment });
  });

  it('reports the change', () => {
    expect(compareMetric(3, 5, 'lower-is-better').delta).toBe(2);
  });

  it.each([
    ['a missing previous value', null, 0.9],
    ['a missing current value', 0.9, null],
  ])('cannot judge %s', (_behaviour, previous, current) => {
    expect(compareMetric(previous, current, 'higher-is-better')).toEqual({ previous, current, delta: null, direction: null, assessment: 'unknown' });
  });
});
