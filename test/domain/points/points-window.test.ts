import fc from 'fast-check';
import { budgetFreesAt } from '../../../src/domain/points/budget-frees-at';
import { pointsInWindow } from '../../../src/domain/points/points-in-window';
import { POINTS_WINDOW_MS, type PointsSpend } from '../../../src/domain/points/points-spend';

const spend = (atMs: number, points: number, spender: PointsSpend['spender'] = 'refresh'): PointsSpend => ({ atMs, spender, points, requests: 1 });

describe('pointsInWindow', () => {
  it('counts the last hour: an hour ago is out, now is in', () => {
    const spends = [spend(0, 5), spend(1, 7)];
    expect(pointsInWindow(spends, POINTS_WINDOW_MS)).toBe(7);
    expect(pointsInWindow(spends, POINTS_WINDOW_MS - 1)).toBe(12);
  });

  it('counts one spender apart from the other', () => {
    const spends = [spend(0, 5, 'refresh'), spend(0, 7, 'pages')];
    expect(pointsInWindow(spends, 10, 'refresh')).toBe(5);
    expect(pointsInWindow(spends, 10, 'pages')).toBe(7);
    expect(pointsInWindow(spends, 10)).toBe(12);
  });

  it('ignores spending after now', () => {
    expect(pointsInWindow([spend(100, 5)], 99)).toBe(0);
  });
});

describe('budgetFreesAt', () => {
  it('answers now while the budget has room', () => {
    expect(budgetFreesAt([spend(0, 50)], 100, 1_000, 'refresh')).toBe(1_000);
  });

  it('answers when the oldest spending that makes room leaves the window', () => {
    const spends = [spend(0, 60), spend(600_000, 40)];
    expect(budgetFreesAt(spends, 100, 1_000_000, 'refresh')).toBe(POINTS_WINDOW_MS);
    expect(budgetFreesAt(spends, 100, 1_000_000, 'refresh', 61)).toBe(600_000 + POINTS_WINDOW_MS);
  });

  it('never answers a moment at which the window still has no room (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ atMs: fc.integer({ min: 0, max: 3_599_999 }), points: fc.integer({ min: 0, max: 500 }) }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 2_000 }),
        (raw, budget) => {
          const spends = raw.map((r) => spend(r.atMs, r.points));
          const now = 3_599_999;
          const frees = budgetFreesAt(spends, budget, now, 'refresh');
          expect(frees).toBeGreaterThanOrEqual(now);
          expect(budget - pointsInWindow(spends, frees, 'refresh')).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});
