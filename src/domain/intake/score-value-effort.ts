import type { ScoringInputs } from './criterion-input';
import { formatScoreNumber } from './format-score-number';
import type { ProposalScore } from './proposal-score';
import { readCriteria } from './read-criteria';
import { roundScore } from './round-score';
import type { ValueEffortScoringModel } from './scoring-model';
import { unscored } from './unscored';

/** Value/effort: value divided by effort. */
export function scoreValueEffort(model: ValueEffortScoringModel, inputs: ScoringInputs): ProposalScore {
  const valueCriterion = model.criteria.find((c) => c.role === 'value');
  const effortCriterion = model.criteria.find((c) => c.role === 'effort');
  const read = readCriteria(
    model.criteria,
    inputs,
    () => true,
    (criterion) => criterion.id === effortCriterion?.id,
  );
  const value = valueCriterion === undefined ? undefined : read.values.get(valueCriterion.id);
  const effort = effortCriterion === undefined ? undefined : read.values.get(effortCriterion.id);
  const zeroEffort = effort === 0 ? `${effortCriterion?.name ?? 'Effort'} is 0, and value/effort divides by it` : null;
  const refused = unscored('Value/effort', read, zeroEffort);
  if (refused !== null) return refused;
  if (value === undefined || effort === undefined) {
    const reason = 'the model lacks a value or an effort criterion';
    return { score: null, breakdown: `Value/effort not scored: ${reason}`, missing: [], reason, parts: read.parts };
  }
  const score = roundScore(value / effort);
  return {
    score,
    breakdown: `Value/effort ${formatScoreNumber(score)} = ${formatScoreNumber(value)} / ${formatScoreNumber(effort)}`,
    missing: [],
    reason: null,
    parts: read.parts,
  };
}
