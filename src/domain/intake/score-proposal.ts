import { assertNever } from '../assert-never';
import type { ScoringInputs } from './criterion-input';
import type { ProposalScore } from './proposal-score';
import type { ScoringModel } from './scoring-model';
import { scoreValueEffort } from './score-value-effort';
import { scoreWeighted } from './score-weighted';
import { scoreWsjf } from './score-wsjf';

/**
 * Scores a proposal under a scoring model, from its criterion values by criterion id (read from Jira fields or given
 * by reviewers). A value that is missing is never taken as zero: the score is null and every missing criterion is
 * named; an explicit 0 is a value. A value that is not finite or lies off its criterion's scale, or a divisor (job
 * size, effort) of 0, also gives null, with the reason.
 *
 * - WSJF: (business value + time criticality + risk reduction / opportunity enablement) / job size.
 * - Weighted: 100 x sum(weight x rating / scale max) / sum(weights), from 0 to 100; an inverted criterion (effort,
 *   cost) rates `min + max - value`; a criterion weighted 0 is switched off.
 * - Value/effort: value / effort.
 *
 * Scores are rounded to 2 decimals, so what the breakdown shows is what ranks.
 *
 * @example
 * scoreProposal(wsjfScoringModel, {
 *   businessValue: { value: 8, source: 'jira' },
 *   timeCriticality: { value: 5, source: 'jira' },
 *   riskReduction: { value: 0, source: 'reviewer' },
 *   jobSize: { value: 2, source: 'jira' },
 * }).breakdown; // 'WSJF 6.5 = (8 + 5 + 0) / 2'
 * scoreProposal(wsjfScoringModel, { businessValue: { value: 8, source: 'jira' } }).reason;
 * // 'missing Time Criticality, Risk Reduction / Opportunity Enablement, Job Size'
 */
export function scoreProposal(model: ScoringModel, inputs: ScoringInputs): ProposalScore {
  switch (model.kind) {
    case 'wsjf':
      return scoreWsjf(model, inputs);
    case 'weighted':
      return scoreWeighted(model, inputs);
    case 'value-effort':
      return scoreValueEffort(model, inputs);
    default:
      return assertNever(model);
  }
}
