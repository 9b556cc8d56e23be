import type { CapacityBands } from './capacity-bands';

/**
 * What is wrong with a pair of capacity bands, in words for the admin who set them. Shared by the schema and the heat
 * map, so a band the form accepts is one the heat map accepts.
 *
 * @returns the problem, or null when 0 < amberFrom <= redAbove and both are finite.
 * @example
 * capacityBandsProblem({ amberFrom: 0.75, redAbove: 1 }); // null
 * capacityBandsProblem({ amberFrom: 1.1, redAbove: 1 });  // 'amberFrom must not be above redAbove'
 */
export function capacityBandsProblem(bands: CapacityBands): string | null {
  if (!Number.isFinite(bands.amberFrom)) return 'amberFrom must be a number';
  if (!Number.isFinite(bands.redAbove)) return 'redAbove must be a number';
  if (bands.amberFrom <= 0) return 'amberFrom must be above 0';
  if (bands.amberFrom > bands.redAbove) return 'amberFrom must not be above redAbove';
  return null;
}
