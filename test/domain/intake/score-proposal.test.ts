import type { ScoringInputs } from '../../../src/domain/intake/criterion-input';
import type { CriterionSource } from '../../../src/domain/intake/criterion-source';
import { scoreProposal } from '../../../src/domain/intake/score-proposal';
import type { WeightedScoringModel } from '../../../src/domain/intake/scoring-model';
import { valueEffortScoringModel } from '../../../src/domain/intake/value-effort-scoring-model';
import { weightedScoringModel } from '../../../src/domain/intake/weighted-scoring-model';
import { wsjfScoringModel } from '../../../src/domain/intake/wsjf-scoring-model';

/** Inputs from plain numbers, each from Jira unless a reviewer is named. */
function inputs(values: Record<string, number>, source: CriterionSource = 'jira'): ScoringInputs {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, source }]));
}

const wsjfFixture = { businessValue: 8, timeCriticality: 5, riskReduction: 0, jobSize: 2 };

describe('scoreProposal with WSJF', () => {
  it('divides the cost of delay by the job size and writes the sum out: (8 + 5 + 0) / 2 = 6.5', () => {
    const result = scoreProposal(wsjfScoringModel, inputs(wsjfFixture));
    expect(result).toMatchObject({ score: 6.5, breakdown: 'WSJF 6.5 = (8 + 5 + 0) / 2', missing: [], reason: null });
  });

  it('keeps each value with its source in the parts, in the model order', () => {
    const result = scoreProposal(wsjfScoringModel, { ...inputs(wsjfFixture), riskReduction: { value: 0, source: 'reviewer' } });
    expect(result.parts.map((p) => [p.name, p.value, p.source])).toEqual([
      ['Business Value', 8, 'jira'],
      ['Time Criticality', 5, 'jira'],
      ['Risk Reduction / Opportunity Enablement', 0, 'reviewer'],
      ['Job Size', 2, 'jira'],
    ]);
  });

  it.each<[string, Record<string, number>, number, string]>([
    ['an uneven quotient', { businessValue: 13, timeCriticality: 8, riskReduction: 5, jobSize: 3 }, 8.67, 'WSJF 8.67 = (13 + 8 + 5) / 3'],
    ['all zeros in the cost of delay', { businessValue: 0, timeCriticality: 0, riskReduction: 0, jobSize: 5 }, 0, 'WSJF 0 = (0 + 0 + 0) / 5'],
    ['top of every scale', { businessValue: 20, timeCriticality: 20, riskReduction: 20, jobSize: 1 }, 60, 'WSJF 60 = (20 + 20 + 20) / 1'],
  ])('scores %s by hand', (_case, values, score, breakdown) => {
    expect(scoreProposal(wsjfScoringModel, inputs(values))).toMatchObject({ score, breakdown });
  });

  it('names every missing input and gives no score, never treating a missing value as zero', () => {
    const result = scoreProposal(wsjfScoringModel, inputs({ businessValue: 8, jobSize: 2 }));
    expect(result).toMatchObject({
      score: null,
      missing: ['Time Criticality', 'Risk Reduction / Opportunity Enablement'],
      reason: 'missing Time Criticality, Risk Reduction / Opportunity Enablement',
      breakdown: 'WSJF not scored: missing Time Criticality, Risk Reduction / Opportunity Enablement',
    });
  });

  it.each<[string, Record<string, number>, string]>([
    ['a job size of 0', { ...wsjfFixture, jobSize: 0 }, 'Job Size is 0, and WSJF divides by it'],
    ['a missing job size', { businessValue: 8, timeCriticality: 5, riskReduction: 0 }, 'missing Job Size'],
    ['a value above its scale', { ...wsjfFixture, businessValue: 40 }, 'Business Value 40 is outside its scale 0..20'],
    ['a negative value', { ...wsjfFixture, timeCriticality: -1 }, 'Time Criticality -1 is outside its scale 0..20'],
    ['a value that is not a number', { ...wsjfFixture, businessValue: Number.NaN }, 'Business Value is not a number'],
  ])('gives no score for %s, with the reason', (_case, values, reason) => {
    expect(scoreProposal(wsjfScoringModel, inputs(values))).toMatchObject({ score: null, reason, breakdown: `WSJF not scored: ${reason}` });
  });

  it('ignores inputs for criteria the model does not have', () => {
    const result = scoreProposal(wsjfScoringModel, { ...inputs(wsjfFixture), unknownCriterion: { value: 99, source: 'jira' } });
    expect(result.score).toBe(6.5);
  });
});

describe('scoreProposal with the weighted model', () => {
  // By hand: 40% x 4/5 + 30% x 3/5 + 20% x 2/5 + 10% x (1 + 5 - 2)/5 = 32 + 18 + 8 + 8 = 66.
  const ratings = { strategicFit: 4, value: 3, riskReduction: 2, effort: 2 };

  it('weighs each rating over its scale and inverts effort: 32 + 18 + 8 + 8 = 66', () => {
    const result = scoreProposal(weightedScoringModel, inputs(ratings, 'reviewer'));
    expect(result.score).toBe(66);
    expect(result.breakdown).toBe('Weighted 66 = 40% x 4/5 + 30% x 3/5 + 20% x 2/5 + 10% x 4/5 (Effort 2, inverted)');
    expect(result.parts.map((p) => p.points)).toEqual([32, 18, 8, 8]);
  });

  it.each<[string, Record<string, number>, number]>([
    ['the best ratings and least effort', { strategicFit: 5, value: 5, riskReduction: 5, effort: 1 }, 100],
    ['the lowest ratings and most effort', { strategicFit: 1, value: 1, riskReduction: 1, effort: 5 }, 20],
    ['middling ratings', { strategicFit: 3, value: 3, riskReduction: 3, effort: 3 }, 60],
  ])('scores %s by hand', (_case, values, score) => {
    expect(scoreProposal(weightedScoringModel, inputs(values)).score).toBe(score);
  });

  it('shows shares of weights that do not add up to 100 as percentages of their sum', () => {
    const thirds: WeightedScoringModel = {
      ...weightedScoringModel,
      criteria: weightedScoringModel.criteria.slice(0, 3).map((c) => ({ ...c, weight: 1 })),
    };
    // By hand: (5/5 + 4/5 + 3/5) / 3 x 100 = 80.
    const result = scoreProposal(thirds, inputs({ strategicFit: 5, value: 4, riskReduction: 3 }));
    expect(result).toMatchObject({ score: 80, breakdown: 'Weighted 80 = 33.33% x 5/5 + 33.33% x 4/5 + 33.33% x 3/5' });
  });

  it('needs no value for a criterion weighted 0 and leaves it out of the breakdown', () => {
    const noEffort: WeightedScoringModel = {
      ...weightedScoringModel,
      criteria: weightedScoringModel.criteria.map((c) => (c.id === 'effort' ? { ...c, weight: 0 } : c)),
    };
    // By hand: (40 x 4/5 + 30 x 3/5 + 20 x 2/5) / 90 x 100 = 58 / 90 x 100 = 64.44.
    const result = scoreProposal(noEffort, inputs({ strategicFit: 4, value: 3, riskReduction: 2 }));
    expect(result).toMatchObject({ score: 64.44, missing: [], breakdown: 'Weighted 64.44 = 44.44% x 4/5 + 33.33% x 3/5 + 22.22% x 2/5' });
  });

  it('names the missing ratings instead of scoring them as zero', () => {
    expect(scoreProposal(weightedScoringModel, inputs({ strategicFit: 4, value: 3 }))).toMatchObject({
      score: null,
      missing: ['Risk reduction', 'Effort'],
      breakdown: 'Weighted not scored: missing Risk reduction, Effort',
    });
  });

  it('refuses a rating off its scale, even 0 where the scale starts at 1', () => {
    expect(scoreProposal(weightedScoringModel, inputs({ ...ratings, value: 0 })).reason).toBe('Value 0 is outside its scale 1..5');
  });
});

describe('scoreProposal with value/effort', () => {
  it.each<[number, number, number, string]>([
    [5, 2, 2.5, 'Value/effort 2.5 = 5 / 2'],
    [10, 3, 3.33, 'Value/effort 3.33 = 10 / 3'],
    [1, 10, 0.1, 'Value/effort 0.1 = 1 / 10'],
  ])('divides value %d by effort %d', (value, effort, score, breakdown) => {
    expect(scoreProposal(valueEffortScoringModel, inputs({ value, effort }))).toMatchObject({ score, breakdown });
  });

  it('gives no score for an effort of 0, with the reason', () => {
    expect(scoreProposal(valueEffortScoringModel, inputs({ value: 5, effort: 0 })).reason).toBe('Effort is 0, and value/effort divides by it');
  });

  it('names a missing effort', () => {
    expect(scoreProposal(valueEffortScoringModel, inputs({ value: 5 }))).toMatchObject({ score: null, missing: ['Effort'] });
  });
});
