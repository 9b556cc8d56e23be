import { residualRisk } from '../../../src/domain/raid/residual-risk';
import type { RaidScale } from '../../../src/domain/work-item/raid-scale';
import { aWorkItem } from '../builders/a-work-item';

describe('residualRisk', () => {
  it.each<[string, RaidScale | null, RaidScale | null, string | null, number, { probability: number; impact: number; score: number } | null]>([
    ['lowers the probability of a mitigated risk by one step and keeps its impact', 5, 4, 'Second supplier', 1, { probability: 4, impact: 4, score: 16 }],
    ['never lowers a probability below 1', 1, 5, 'Monitor weekly', 1, { probability: 1, impact: 5, score: 5 }],
    ['lowers by the configured number of steps', 5, 5, 'Fallback plan', 2, { probability: 3, impact: 5, score: 15 }],
    ['has no residual without a mitigation', 5, 5, null, 1, null],
    ['treats blank mitigation text as no mitigation', 5, 5, '   ', 1, null],
    ['has no residual for an unscored risk', null, 5, 'Fallback plan', 1, null],
  ])('%s', (_behaviour, probability, impact, mitigation, steps, expected) => {
    expect(residualRisk(aWorkItem({ raid: { probability, impact, mitigation } }), steps)).toEqual(expected);
  });
});
