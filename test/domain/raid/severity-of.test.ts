import { severityOf } from '../../../src/domain/raid/severity-of';

describe('severityOf with the default bands (low 1-4, medium 5-9, high 10-14, critical 15-25)', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [14, 'high'],
    [15, 'critical'],
    [25, 'critical'],
  ])('rates score %i as %s', (score, expected) => {
    expect(severityOf(score)).toBe(expected);
  });
});

describe('severityOf with configured bands', () => {
  const bands = { medium: 4, high: 8, critical: 12 };

  it.each([
    [3, 'low'],
    [4, 'medium'],
    [8, 'high'],
    [12, 'critical'],
  ])('rates score %i as %s when the bands start at 4, 8 and 12', (score, expected) => {
    expect(severityOf(score, bands)).toBe(expected);
  });
});
