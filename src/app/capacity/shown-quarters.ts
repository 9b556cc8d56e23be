import { nextQuarter, type Quarter } from '../../domain/capacity';

/** Quarters the heat map shows at the least: the current one and the three after it. */
const LEAST_SHOWN = 4;

/**
 * The quarters the heat map shows: from the current quarter to the latest of the three after it and any later
 * quarter `named` holds, with none left out between, so a quarter without demand or capacity still gets its column.
 * Quarters before the current one are not shown: demand never falls there (overdue work counts now).
 *
 * @example
 * shownQuarters(q('2026-Q4'), [q('2027-Q1'), q('2028-Q1')]); // 2026-Q4 ... 2028-Q1, six quarters
 */
export function shownQuarters(current: Quarter, named: Iterable<Quarter>): Quarter[] {
  let last = current;
  for (let step = 1; step < LEAST_SHOWN; step += 1) last = nextQuarter(last);
  for (const quarter of named) if (quarter > last) last = quarter;
  const quarters: Quarter[] = [current];
  for (let quarter = current; quarter < last;) {
    quarter = nextQuarter(quarter);
    quarters.push(quarter);
  }
  return quarters;
}
