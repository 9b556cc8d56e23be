import { describeHistory } from '../../../../../static/app/src/portfolio/describe-history';
import { sparklineGeometry } from '../../../../../static/app/src/portfolio/sparkline-geometry';
import type { HistoryPoint } from '../../../../../src/domain/trend';

const box = { width: 100, height: 50, padding: 5 };
const day = (d: string, progress: number | null): HistoryPoint => ({ day: d, progress, overall: 'green' });

describe('sparklineGeometry', () => {
  it('spreads the days evenly left to right, 0% at the bottom and 100% at the top', () => {
    expect(sparklineGeometry([day('2026-11-01', 0), day('2026-11-02', 0.5), day('2026-11-03', 1)], box)).toEqual([
      [
        { x: 5, y: 45 },
        { x: 50, y: 25 },
        { x: 95, y: 5 },
      ],
    ]);
  });

  it('puts the days in date order whatever order they come in', () => {
    const runs = sparklineGeometry([day('2026-11-03', 1), day('2026-11-01', 0)], box);
    expect(runs[0]?.map((p) => p.y)).toEqual([45, 5]);
  });

  it.each([
    [
      'a day without a figure breaks the line in two',
      [day('2026-11-01', 0.2), day('2026-11-02', null), day('2026-11-03', 0.4), day('2026-11-04', 0.6)],
      [1, 2],
    ],
    ['a single day is one point in the middle', [day('2026-11-01', 0.5)], [1]],
    ['no history draws nothing', [], []],
  ])('%s', (_what, history, runLengths) => {
    expect(sparklineGeometry(history, box).map((run) => run.length)).toEqual(runLengths);
  });

  it('keeps a figure outside 0..1 inside the box', () => {
    expect(sparklineGeometry([day('2026-11-01', 1.5), day('2026-11-02', -1)], box)[0]?.map((p) => p.y)).toEqual([5, 45]);
  });

  it('centres a single day', () => {
    expect(sparklineGeometry([day('2026-11-01', 0.5)], box)).toEqual([[{ x: 50, y: 25 }]]);
  });
});

describe('describeHistory', () => {
  it.each([
    [
      'the first and last measured days',
      [day('2026-11-02', 0.66), day('2026-11-01', 0.4), day('2026-11-03', null)],
      'Progress over 3 days: from 40% on 2026-11-01 to 66% on 2026-11-02',
    ],
    ['a single day', [day('2026-11-01', 0.5)], 'Progress history of 1 day: 50% on 2026-11-01'],
    ['no measured day', [day('2026-11-01', null)], 'No progress history yet'],
  ])('names %s', (_what, history, text) => {
    expect(describeHistory(history)).toBe(text);
  });
});
