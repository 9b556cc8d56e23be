import type { HistoryPoint } from '../../../../src/domain/trend';

/** A point of the sparkline in SVG user units (y grows downwards). */
export interface SparkPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Where each day's progress sits in a box of the given size: days spread evenly from left to right in date order,
 * 0% at the bottom and 100% at the top, inset by the padding. Days without a figure leave a gap, so the result is
 * a list of runs, each drawn as its own line (a run of one point is drawn as a dot).
 *
 * @example
 * sparklineGeometry([{ day: '2026-11-20', progress: 0 , overall: 'green' }, { day: '2026-11-21', progress: 1, overall: 'green' }], { width: 10, height: 10, padding: 0 });
 * // => [[{ x: 0, y: 10 }, { x: 10, y: 0 }]]
 */
export function sparklineGeometry(
  history: readonly HistoryPoint[],
  box: { readonly width: number; readonly height: number; readonly padding: number },
): SparkPoint[][] {
  const days = [...history].sort((a, b) => a.day.localeCompare(b.day));
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const step = days.length > 1 ? innerWidth / (days.length - 1) : 0;
  const runs: SparkPoint[][] = [];
  let run: SparkPoint[] = [];
  days.forEach((point, index) => {
    if (point.progress === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const clamped = Math.min(1, Math.max(0, point.progress));
    // A single day sits in the middle rather than against the left edge.
    const x = days.length > 1 ? box.padding + index * step : box.width / 2;
    run.push({ x: round(x), y: round(box.padding + (1 - clamped) * innerHeight) });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
