import type { RaidScale } from '../work-item/raid-scale';
import { defaultRiskMatrix } from './default-risk-matrix';
import type { MatrixCell, RiskMatrix } from './risk-matrix';

/**
 * The heat-map cell of a risk rated `probability` x `impact`, with its score and the matrix's colour for that cell.
 * A cell the matrix does not colour (a malformed configuration) reads as red, so a gap never hides a risk.
 *
 * @returns the cell, or null when either rating is missing (the risk is unscored and has no cell).
 * @example
 * placeOnMatrix(5, 5);    // { probability: 5, impact: 5, score: 25, colour: 'red' }
 * placeOnMatrix(1, 1);    // { probability: 1, impact: 1, score: 1, colour: 'green' }
 * placeOnMatrix(null, 3); // null
 */
export function placeOnMatrix(probability: RaidScale | null, impact: RaidScale | null, matrix: RiskMatrix = defaultRiskMatrix): MatrixCell | null {
  if (probability === null || impact === null) return null;
  const colour = matrix.colours[impact - 1]?.[probability - 1] ?? 'red';
  return { probability, impact, score: probability * impact, colour };
}
