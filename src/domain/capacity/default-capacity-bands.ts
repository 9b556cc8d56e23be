import type { CapacityBands } from './capacity-bands';

/** Green under 75% of capacity, amber from 75% to 100% inclusive, red over 100%. */
export const defaultCapacityBands: CapacityBands = { amberFrom: 0.75, redAbove: 1 };
