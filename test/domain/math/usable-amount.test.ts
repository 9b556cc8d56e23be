import { usableAmount } from '../../../src/domain/math/usable-amount';

describe('usableAmount', () => {
  it.each([
    ['keeps a positive amount', 5, 5],
    ['keeps zero', 0, 0],
    ['drops a negative amount', -3, null],
    ['drops NaN', Number.NaN, null],
    ['drops Infinity', Number.POSITIVE_INFINITY, null],
    ['keeps null as null', null, null],
  ])('%s', (_behaviour, value, expected) => {
    expect(usableAmount(value)).toBe(expected);
  });
});
