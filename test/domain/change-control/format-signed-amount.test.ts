import { formatSignedAmount } from '../../../src/domain/change-control/format-signed-amount';

describe('formatSignedAmount', () => {
  it.each([
    [20_000, '+20,000'],
    [-1_234.5, '-1,234.5'],
    [1_234_567.891, '+1,234,567.89'],
    [999, '+999'],
    [0.1 + 0.2, '+0.3'],
    [0, '0'],
    [0.004, '0'],
    [-0.01, '-0.01'],
  ])('writes %p as %p', (amount, text) => {
    expect(formatSignedAmount(amount)).toBe(text);
  });
});
