/**
 * [probability, impact] cells of the 5x5 risk matrix in the order risks take them: every cell once, starting with the
 * two corners, so the first project shows a 5x5 and a 1x1 risk and larger projects fill the matrix.
 */
export const demoRiskCells: readonly (readonly [number, number])[] = [
  [5, 5],
  [1, 1],
  [4, 3],
  [2, 4],
  [3, 3],
  [5, 2],
  [3, 5],
  [2, 2],
  [4, 4],
  [1, 3],
  [5, 4],
  [3, 1],
  [2, 5],
  [4, 2],
  [1, 4],
  [3, 4],
  [4, 5],
  [2, 1],
  [5, 3],
  [1, 2],
  [4, 1],
  [3, 2],
  [2, 3],
  [5, 1],
  [1, 5],
];
