import { safeDivide } from '../math/safe-divide';
import type { CapacityBands } from './capacity-bands';
import { formatAmount } from './format-amount';
import { formatLoad } from './format-load';
import type { HeatMapCell } from './heat-map-cell';
import type { Quarter } from './quarter';

/**
 * Rates one program-quarter. No capacity set is grey: there is nothing to judge the demand by, and dividing would
 * invent a load. A capacity of 0 is a decision (no room that quarter), so it is not grey either, but it cannot be
 * divided by: its load is null, and it is red as soon as any demand lands on it, green while none does.
 * Internal to the capacity feature; bands are checked by the caller.
 *
 * @example
 * rateLoad(quarter('2027-Q2'), 50, 46, defaultCapacityBands); // { rag: 'amber', load: 0.92, overCapacity: false, ... }
 */
export function rateLoad(quarter: Quarter, capacity: number | null, demand: number, bands: CapacityBands): HeatMapCell {
  if (capacity === null) {
    return { quarter, capacity, demand, load: null, rag: 'grey', overCapacity: false, reason: `no capacity set (demand ${formatAmount(demand)})` };
  }
  const load = safeDivide(demand, capacity);
  if (load === null) {
    const overCapacity = demand > 0;
    const reason = overCapacity ? `demand ${formatAmount(demand)} on a capacity of 0` : 'no demand on a capacity of 0';
    return { quarter, capacity, demand, load, rag: overCapacity ? 'red' : 'green', overCapacity, reason };
  }
  const rag = load > bands.redAbove ? 'red' : load >= bands.amberFrom ? 'amber' : 'green';
  const reason = `load ${formatLoad(load)} (${formatAmount(demand)} of ${formatAmount(capacity)})`;
  return { quarter, capacity, demand, load, rag, overCapacity: load > 1, reason };
}
