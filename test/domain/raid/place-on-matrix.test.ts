import { defaultRiskMatrix } from '../../../src/domain/raid/default-risk-matrix';
import { placeOnMatrix } from '../../../src/domain/raid/place-on-matrix';
import type { MatrixColour, RiskMatrix } from '../../../src/domain/raid/risk-matrix';
import { riskMatrixFromThresholds } from '../../../src/domain/raid/risk-matrix-from-thresholds';
import type { RaidScale } from '../../../src/domain/work-item/raid-scale';

describe('placeOnMatrix with the default matrix (red from 15, amber from 5)', () => {
  it.each<[string, RaidScale | null, RaidScale | null, { score: number; colour: MatrixColour } | null]>([
    ['puts 1 x 1 in the lowest, green cell', 1, 1, { score: 1, colour: 'green' }],
    ['puts 5 x 5 in the highest, red cell', 5, 5, { score: 25, colour: 'red' }],
    ['keeps 4 x 1 green, just below amber', 4, 1, { score: 4, colour: 'green' }],
    ['turns 5 x 1 amber at the amber threshold', 5, 1, { score: 5, colour: 'amber' }],
    ['keeps 2 x 5 amber: high severity stays amber', 2, 5, { score: 10, colour: 'amber' }],
    ['turns 3 x 5 red at the red threshold', 3, 5, { score: 15, colour: 'red' }],
    ['has no cell without a probability', null, 4, null],
    ['has no cell without an impact', 4, null, null],
    ['has no cell without either rating', null, null, null],
  ])('%s', (_behaviour, probability, impact, expected) => {
    const cell = placeOnMatrix(probability, impact);
    expect(cell === null ? null : { score: cell.score, colour: cell.colour }).toEqual(expected);
    if (cell !== null) expect([cell.probability, cell.impact]).toEqual([probability, impact]);
  });

  it('reads a configured colour by impact row and probability column, not by score alone', () => {
    const rows: MatrixColour[][] = defaultRiskMatrix.colours.map((row) => [...row]);
    const rareButSevere = rows[4];
    if (rareButSevere === undefined) throw new Error('the default matrix has five rows');
    rareButSevere[0] = 'red';
    const matrix: RiskMatrix = { colours: rows };
    expect(placeOnMatrix(1, 5, matrix)?.colour).toBe('red');
    expect(placeOnMatrix(5, 1, matrix)?.colour).toBe('amber');
  });

  it('reads a cell missing from a malformed matrix as red, so a gap never hides a risk', () => {
    expect(placeOnMatrix(3, 3, { colours: [] })?.colour).toBe('red');
  });

  it.each([
    ['colours all 25 cells', { amber: 5, red: 15 }, 25],
    ['colours all cells red when red starts at 1', { amber: 1, red: 1 }, 25],
  ])('riskMatrixFromThresholds %s', (_behaviour, thresholds, cells) => {
    const matrix = riskMatrixFromThresholds(thresholds);
    expect(matrix.colours.flat()).toHaveLength(cells);
    if (thresholds.red === 1) expect(new Set(matrix.colours.flat())).toEqual(new Set(['red']));
  });
});
