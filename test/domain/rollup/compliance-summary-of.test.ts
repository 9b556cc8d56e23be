import { complianceSummaryOf } from '../../../src/domain/rollup/compliance-summary-of';

describe('complianceSummaryOf', () => {
  it.each([
    ['is neutral without a result', null, { status: 'not-evaluated', score: null, passed: 0, checked: 0 }],
    ['is neutral when the result is absent', undefined, { status: 'not-evaluated', score: null, passed: 0, checked: 0 }],
    ['keeps an evaluation', { score: 0.9, passed: 9, checked: 10 }, { status: 'evaluated', score: 0.9, passed: 9, checked: 10 }],
    ['accepts a perfect score with nothing to check', { score: 1, passed: 0, checked: 0 }, { status: 'evaluated', score: 1, passed: 0, checked: 0 }],
  ])('%s', (_behaviour, input, expected) => {
    expect(complianceSummaryOf(input)).toEqual(expected);
  });

  it.each([
    ['a negative score', { score: -0.1, passed: 0, checked: 1 }],
    ['a negative count', { score: 0.5, passed: -1, checked: 1 }],
    ['an infinite count', { score: 0.5, passed: 1, checked: Number.POSITIVE_INFINITY }],
  ])('refuses %s', (_behaviour, input) => {
    expect(() => complianceSummaryOf(input)).toThrow(RangeError);
  });
});
