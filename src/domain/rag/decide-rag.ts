import { decideComplianceRag } from './decide-compliance-rag';
import { decideCostRag } from './decide-cost-rag';
import { decideRiskRag } from './decide-risk-rag';
import { decideScheduleRag } from './decide-schedule-rag';
import { decideScopeRag } from './decide-scope-rag';
import { defaultRagPolicy } from './default-rag-policy';
import type { RagDecision } from './rag-decision';
import type { RagDimension } from './rag-dimension';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';

// A mapped type over every dimension: a new dimension without a decider is a compile error.
const deciders: { readonly [D in RagDimension]: (inputs: RagInputs[D], policy: RagPolicy) => RagDecision } = {
  schedule: decideScheduleRag,
  scope: decideScopeRag,
  cost: decideCostRag,
  risk: decideRiskRag,
  compliance: decideComplianceRag,
};

/**
 * Decides one dimension's colour under a policy, with its reason in plain words, the figures it used and the
 * thresholds that applied. A figure exactly at a threshold keeps the better colour ("below 0.85" is red, 0.85 is
 * not).
 *
 * @example
 * decideRag('cost', { cpi: 0.82, bac: 100_000 });
 * // { rag: 'red', reason: 'CPI 0.82 is below the red threshold 0.85',
 * //   inputs: { cpi: 0.82, bac: 100000 }, threshold: 'amber below CPI 0.95, red below 0.85' }
 */
export function decideRag<D extends RagDimension>(dimension: D, inputs: RagInputs[D], policy: RagPolicy = defaultRagPolicy): RagDecision {
  const decide = deciders[dimension];
  return decide(inputs, policy);
}
