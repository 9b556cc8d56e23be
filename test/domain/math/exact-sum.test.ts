import fc from 'fast-check';
import { makeExactSum } from '../../../src/domain/math/exact-sum';

function exactSum(values: readonly number[]): number {
  const sum = makeExactSum();
  for (const value of values) {
    sum.add(value);
  }
  return sum.total();
}

describe('makeExactSum', () => {
  it.each([
    ['answers 0 for no values', [], 0],
    ['rounds once, so 0.1 + 0.2 + 0.3 is 0.6', [0.1, 0.2, 0.3], 0.6],
    ['keeps a small value next to a huge one that cancels out', [1e100, 1, -1e100], 1],
    ['adds whole amounts exactly', [100_000, 63_000, 0.5], 163_000.5],
    ['cancels exactly to zero', [0.1, -0.1, 0.7, -0.7], 0],
  ])('%s', (_behaviour, values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it.each([
    ['refuses NaN', Number.NaN],
    ['refuses Infinity', Number.POSITIVE_INFINITY],
  ])('%s', (_behaviour, value) => {
    const sum = makeExactSum();
    expect(() => {
      sum.add(value);
    }).toThrow(RangeError);
  });

  it('gives the same total whatever order the values are added in', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { maxLength: 40 })
          .chain((values) => fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }))),
        ([values, shuffled]) => {
          expect(exactSum(shuffled)).toBe(exactSum(values));
        },
      ),
    );
  });

  it('agrees with exact rational arithmetic on integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 50 }), (values) => {
        expect(exactSum(values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
