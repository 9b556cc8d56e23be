import { formatFigure } from './format-figure';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';

/**
 * Rates cost on CPI: amber below the amber threshold, red below the red one (a CPI exactly at a threshold keeps the
 * better colour). Grey without a budget (nothing is earned, so CPI would read 0) or without actual cost.
 *
 * @example
 * decideCostRag({ cpi: 0.82, bac: 100_000 }, defaultRagPolicy);
 * // { rag: 'red', reason: 'CPI 0.82 is below the red threshold 0.85', ... }
 */
export function decideCostRag(inputs: RagInputs['cost'], policy: RagPolicy): RagDecision {
  const { amberBelow, redBelow } = policy.cost.cpi;
  const threshold = `amber below CPI ${formatFigure(amberBelow)}, red below ${formatFigure(redBelow)}`;
  const recorded = { cpi: inputs.cpi, bac: inputs.bac };
  if (inputs.bac <= 0) {
    return { rag: 'grey', reason: 'No budget: no item carries a budget, so nothing is earned to compare cost with', inputs: recorded, threshold };
  }
  if (inputs.cpi === null) {
    return { rag: 'grey', reason: 'No actual cost booked yet, so CPI cannot be computed', inputs: recorded, threshold };
  }
  const cpi = formatFigure(inputs.cpi);
  const decided =
    inputs.cpi < redBelow
      ? { rag: 'red' as const, reason: `CPI ${cpi} is below the red threshold ${formatFigure(redBelow)}` }
      : inputs.cpi < amberBelow
        ? { rag: 'amber' as const, reason: `CPI ${cpi} is below the amber threshold ${formatFigure(amberBelow)}` }
        : { rag: 'green' as const, reason: `CPI ${cpi} is at or above ${formatFigure(amberBelow)}` };
  return { ...decided, inputs: recorded, threshold };
}
