/** A running sum whose result does not depend on the order its values were added in. */
export interface ExactSum {
  /** Adds a finite number; throws RangeError for NaN or an infinity, which would poison every later total. */
  add(value: number): void;
  /** The correctly rounded sum of every value added so far (0 when none). */
  total(): number;
}

/**
 * Makes an order-independent accumulator (Shewchuk's exact summation, as in Python's `math.fsum`). Roll-ups sum
 * budgets, costs and story points over issues that arrive in whatever order Jira pages them; plain floating-point
 * addition would let that order change a snapshot in its last digits, and two snapshots of the same data would then
 * disagree. The exact sum keeps the rounding error in a short list of partials and rounds once at the end.
 *
 * @example
 * const sum = makeExactSum();
 * [0.1, 0.2, 0.3].forEach((value) => { sum.add(value); });
 * sum.total(); // 0.6 (plain addition gives 0.6000000000000001)
 */
export function makeExactSum(): ExactSum {
  // Non-overlapping partials, smallest magnitude first; their exact sum is the exact sum of every value added.
  const partials: number[] = [];

  function add(value: number): void {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Cannot sum a value that is not finite: ${String(value)}`);
    }
    let x = value;
    let kept = 0;
    for (const partial of partials) {
      let y = partial;
      if (Math.abs(x) < Math.abs(y)) {
        [x, y] = [y, x];
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) {
        partials[kept] = lo;
        kept += 1;
      }
      x = hi;
    }
    partials.length = kept;
    partials.push(x);
  }

  function total(): number {
    let index = partials.length - 1;
    let hi = partials[index] ?? 0;
    let lo = 0;
    while (index > 0) {
      const x = hi;
      index -= 1;
      const y = partials[index] ?? 0;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) {
        break;
      }
    }
    // Round half to even across the partials that were not folded in: a half-way `lo` is decided by the next one.
    const next = partials[index - 1] ?? 0;
    if (index > 0 && ((lo < 0 && next < 0) || (lo > 0 && next > 0))) {
      const doubled = lo * 2;
      const candidate = hi + doubled;
      if (doubled === candidate - hi) {
        hi = candidate;
      }
    }
    return hi;
  }

  return { add, total };
}
