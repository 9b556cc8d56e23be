import { formatPercent } from './format-percent';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';

/**
 * Rates compliance with the governance template on its score 0..1: amber below the amber threshold, red below the
 * red one (a score exactly at a threshold keeps the better colour). Grey until a template has been evaluated.
 *
 * @example
 * decideComplianceRag({ score: 0.7 }, defaultRagPolicy);
 * // { rag: 'red', reason: 'Compliance 70% is below the red threshold 75%', ... }
 */
export function decideComplianceRag(inputs: RagInputs['compliance'], policy: RagPolicy): RagDecision {
  const { amberBelow, redBelow } = policy.compliance.score;
  const threshold = `amber below ${formatPercent(amberBelow)} compliance, red below ${formatPercent(redBelow)}`;
  const recorded = { score: inputs.score };
  if (inputs.score === null) {
    return { rag: 'grey', reason: 'Compliance not evaluated: no governance template has been checked yet', inputs: recorded, threshold };
  }
  const score = `Compliance ${formatPercent(inputs.score)}`;
  const decided =
    inputs.score < redBelow
      ? { rag: 'red' as const, reason: `${score} is below the red threshold ${formatPercent(redBelow)}` }
      : inputs.score < amberBelow
        ? { rag: 'amber' as const, reason: `${score} is below the amber threshold ${formatPercent(amberBelow)}` }
        : { rag: 'green' as const, reason: `${score} is at or above ${formatPercent(amberBelow)}` };
  return { ...decided, inputs: recorded, threshold };
}
