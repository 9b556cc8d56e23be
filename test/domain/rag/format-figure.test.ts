import { formatFigure } from '../../../src/domain/rag/format-figure';
import { formatPercent } from '../../../src/domain/rag/format-percent';

describe('formatFigure', () => {
  it.each([
    [0.875, '0.875'],
    [0.55555, '0.556'],
    [0.8, '0.8'],
    [100_000, '100000'],
    [-0.0001, '0'],
  ])('writes %f as %s', (value, expected) => {
    expect(formatFigure(value)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.4, '40%'],
    [0.1234, '12.3%'],
    [1, '100%'],
    [0, '0%'],
  ])('writes %f as %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });
});
