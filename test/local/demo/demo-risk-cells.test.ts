import { demoRiskCells } from '../../../local/demo/demo-risk-cells';

describe('demoRiskCells', () => {
  it('lists each of the 25 cells of the 5x5 matrix once', () => {
    expect(new Set(demoRiskCells.map(([p, i]) => `${p}x${i}`)).size).toBe(25);
    for (const [p, i] of demoRiskCells) expect([p >= 1 && p <= 5, i >= 1 && i <= 5]).toEqual([true, true]);
  });

  it('starts with the 5x5 and 1x1 corners', () => {
    expect(demoRiskCells.slice(0, 2)).toEqual([
      [5, 5],
      [1, 1],
    ]);
  });
});
