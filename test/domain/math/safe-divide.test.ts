import { safeDivide } from '../../../src/domain/math/safe-divide';

describe('safeDivide', () => {
  it.each([
    ['divides ordinary numbers', 35_000, 40_000, 0.875],
    ['answers null for a zero denominator', 1, 0, null],
    ['answers null for 0 / 0 rather than NaN', 0, 0, null],
    ['answers null when the quotient overflows', 1e308, 1e-308, null],
    ['divides zero by a number', 0, 5, 0],
  ])('%s', (_behaviour, numerator, denominator, expected) => {
    expect(safeDivide(numerator, denominator)).toBe(expected);
  });
});

describe('safeDivide and JSON', () => {
  it('answers +0 rather than -0, which would not survive a stored snapshot', () => {
    expect(Object.is(safeDivide(0, -5), 0)).toBe(true);
  });
});
