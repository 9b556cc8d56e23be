import type { ScoringInputs } from './criterion-input';
import { makeExactSum } from '../math/exact-sum';
import { formatScoreNumber } from './format-score-number';
import type { ProposalScore, ScorePart } from './proposal-score';
import { readCriteria } from './read-criteria';
import { roundScore } from './round-score';
import type { WeightedScoringModel } from './scoring-model';
import { unscored } from './unscored';

/**
 * Weighted: 100 x sum(weight x rating / scale max) / sum(weights), a score from 0 to 100. An inverted criterion rates
 * `min + max - value` (effort 2 on 1..5 rates 4). A criterion weighted 0 is switched off: it needs no value and is
 * left out of the breakdown.
 */
export function scoreWeighted(model: WeightedScoringModel, inputs: ScoringInputs): ProposalScore {
  const weights = new Map(model.criteria.map((c) => [c.id, c.weight]));
  const read = readCriteria(model.criteria, inputs, (criterion) => (weights.get(criterion.id) ?? 0) > 0);
  const totalWeight = makeExactSum();
  for (const criterion of model.criteria) totalWeight.add(criterion.weight);
  const weightSum = totalWeight.total();
  const refused = unscored('Weighted', read, weightSum > 0 ? null : 'the weights sum to zero');
  if (refused !== null) return refused;
  const total = makeExactSum();
  const terms: string[] = [];
  const parts: ScorePart[] = model.criteria.map((criterion, index) => {
    const part = read.parts[index] ?? { criterionId: criterion.id, name: criterion.name, value: null, source: null, points: null };
    const value = read.values.get(criterion.id);
    if (criterion.weight === 0 || value === undefined) return { ...part, points: 0 };
    const { min, max } = criterion.scale;
    const rating = criterion.inverted ? min + max - value : value;
    const points = (100 * criterion.weight * rating) / max / weightSum;
    total.add(points);
    const share = `${formatScoreNumber((100 * criterion.weight) / weightSum)}%`;
    const inverted = criterion.inverted ? ` (${criterion.name} ${formatScoreNumber(value)}, inverted)` : '';
    terms.push(`${share} x ${formatScoreNumber(rating)}/${formatScoreNumber(max)}${inverted}`);
    return { ...part, points: roundScore(points) };
  });
  const score = roundScore(total.total());
  return { score, breakdown: `Weighted ${formatScoreNumber(score)} = ${terms.join(' + ')}`, missing: [], reason: null, parts };
}
