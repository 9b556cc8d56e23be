import { formatFigure } from './format-figure';
import { formatPercent } from './format-percent';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';

/**
 * Rates scope delivery on how many percentage points progress is behind the plan: amber above the amber limit, red
 * above the red limit (a gap exactly at a limit keeps the better colour). Grey without a plan or without work.
 *
 * @example
 * decideScopeRag({ plannedFraction: 0.7, actualFraction: 0.4 }, defaultRagPolicy);
 * // { rag: 'red', reason: 'Progress 40% is 30 points behind the plan 70%, more than the red limit of 25 points', ... }
 */
export function decideScopeRag(inputs: RagInputs['scope'], policy: RagPolicy): RagDecision {
  const limits = policy.scope.pointsBehindPlan;
  const threshold = `amber when more than ${formatFigure(limits.amberAbove)} points behind plan; red when more than ${formatFigure(limits.redAbove)}`;
  const { plannedFraction, actualFraction } = inputs;
  if (plannedFraction === null || actualFraction === null) {
    return {
      rag: 'grey',
      reason: plannedFraction === null ? 'No plan to compare with: no work item has a due date' : 'No work items to measure progress on',
      inputs: { plannedFraction, actualFraction, pointsBehindPlan: null },
      threshold,
    };
  }
  // Rounded so that a gap meant to be exactly at a limit (0.5 - 0.4) is not pushed over it by binary fractions.
  const behind = Math.round((plannedFraction - actualFraction) * 100 * 1e6) / 1e6;
  const progress = `Progress ${formatPercent(actualFraction)}`;
  const gap = `${formatFigure(behind)} points behind the plan ${formatPercent(plannedFraction)}`;
  const decided =
    behind > limits.redAbove
      ? { rag: 'red' as const, reason: `${progress} is ${gap}, more than the red limit of ${formatFigure(limits.redAbove)} points` }
      : behind > limits.amberAbove
        ? { rag: 'amber' as const, reason: `${progress} is ${gap}, more than the amber limit of ${formatFigure(limits.amberAbove)} points` }
        : behind > 0
          ? { rag: 'green' as const, reason: `${progress} is ${gap}, within the amber limit of ${formatFigure(limits.amberAbove)} points` }
          : { rag: 'green' as const, reason: `${progress} is on or ahead of the plan ${formatPercent(plannedFraction)}` };
  return { ...decided, inputs: { plannedFraction, actualFraction, pointsBehindPlan: behind }, threshold };
}
