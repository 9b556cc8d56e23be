import type { ScoringInputs } from './criterion-input';
import { formatScoreNumber } from './format-score-number';
import type { ProposalScore } from './proposal-score';
import { readCriteria } from './read-criteria';
import { roundScore } from './round-score';
import type { WsjfScoringModel } from './scoring-model';
import { unscored } from './unscored';
import type { WsjfRole } from './wsjf-role';

/** WSJF: (business value + time criticality + risk reduction) / job size, written out in that order. */
export function scoreWsjf(model: WsjfScoringModel, inputs: ScoringInputs): ProposalScore {
  const jobSizeCriterion = model.criteria.find((c) => c.role === 'jobSize');
  const read = readCriteria(
    model.criteria,
    inputs,
    () => true,
    (criterion) => criterion.id === jobSizeCriterion?.id,
  );
  const valueOf = (role: WsjfRole): number | undefined => {
    const criterion = model.criteria.find((c) => c.role === role);
    return criterion === undefined ? undefined : read.values.get(criterion.id);
  };
  const business = valueOf('businessValue');
  const time = valueOf('timeCriticality');
  const risk = valueOf('riskReduction');
  const jobSize = valueOf('jobSize');
  const zeroJob = jobSize === 0 ? `${jobSizeCriterion?.name ?? 'Job size'} is 0, and WSJF divides by it` : null;
  const refused = unscored('WSJF', read, zeroJob);
  if (refused !== null) return refused;
  if (business === undefined || time === undefined || risk === undefined || jobSize === undefined) {
    // Only a model that skipped validation lacks a role; say so rather than score it.
    return { score: null, breakdown: 'WSJF not scored: the model lacks a WSJF role', missing: [], reason: 'the model lacks a WSJF role', parts: read.parts };
  }
  const score = roundScore((business + time + risk) / jobSize);
  const written = [business, time, risk].map(formatScoreNumber).join(' + ');
  return {
    score,
    breakdown: `WSJF ${formatScoreNumber(score)} = (${written}) / ${formatScoreNumber(jobSize)}`,
    missing: [],
    reason: null,
    parts: read.parts,
  };
}
