import type { MatrixColour, RiskMatrix } from './risk-matrix';

const scale = [1, 2, 3, 4, 5] as const;

/**
 * A heat map coloured by score: red from `red`, amber from `amber`, green below. The default matrix uses amber 5 and
 * red 15, the lower bounds of the medium and critical severity bands, so a cell's colour agrees with its severity
 * except that high (10-14) stays amber: red is kept for what needs action now.
 *
 * @example
 * riskMatrixFromThresholds({ amber: 5, red: 15 }).colours[4]?.[4]; // 'red' (5 x 5 = 25)
 * riskMatrixFromThresholds({ amber: 5, red: 15 }).colours[0]?.[3]; // 'green' (probability 4 x impact 1 = 4)
 */
export function riskMatrixFromThresholds(thresholds: { readonly amber: number; readonly red: number }): RiskMatrix {
  const colourOf = (score: number): MatrixColour => (score >= thresholds.red ? 'red' : score >= thresholds.amber ? 'amber' : 'green');
  return { colours: scale.map((impact) => scale.map((probability) => colourOf(probability * impact))) };
}
