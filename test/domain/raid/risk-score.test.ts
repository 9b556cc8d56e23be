import { riskScore } from '../../../src/domain/raid/risk-score';
import type { RaidScale } from '../../../src/domain/work-item/raid-scale';
import { aWorkItem } from '../builders/a-work-item';

describe('riskScore', () => {
  it.each<[string, RaidScale | null, RaidScale | null, number | null]>([
    ['multiplies probability by impact', 4, 5, 20],
    ['gives the lowest score for 1 x 1', 1, 1, 1],
    ['gives the highest score for 5 x 5', 5, 5, 25],
    ['is unscored without a probability', null, 3, null],
    ['is unscored without an impact', 3, null, null],
  ])('%s', (_behaviour, probability, impact, expected) => {
    expect(riskScore(aWorkItem({ raid: { probability, impact } }))).toBe(expected);
  });
});
