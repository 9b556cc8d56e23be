import { riskScore } from '../raid/risk-score';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { hasFieldValue } from './has-field-value';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleContext } from './rule-context';

/**
 * Mitigation required: an open risk scoring `minScore` or more (probability x impact) must have a mitigation.
 * Other items, closed risks, unscored risks and risks below the score are not applicable.
 *
 * @example
 * evaluateMitigationRequired({ ...rule, minScore: 12 }, riskScoring16WithoutMitigation, ctx); // fail
 */
export function evaluateMitigationRequired(rule: { readonly minScore: number }, item: WorkItem, ctx: RuleContext): CheckOutcome {
  if (item.statusCategory === 'done' || ctx.classifyRaid(item) !== 'risk') return notApplicable;
  const score = riskScore(item);
  if (score === null || score < rule.minScore) return notApplicable;
  return hasFieldValue(item, 'mitigation') ? pass : fail(`risk scores ${String(score)} (threshold ${String(rule.minScore)}) and has no mitigation`);
}
