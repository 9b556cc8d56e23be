/** Forge's per-installation storage write quota: 4,000 units of 10 KB a minute. */
export const FORGE_WRITE_UNITS_PER_MINUTE = 4000;

/**
 * One line on what a phase wrote to storage, between two readings of the store's write usage: values, Forge write
 * units (each value rounded up to 10 KB) and the minutes of Forge's write quota they take.
 *
 * @example
 * describeStorageWrites('full refresh', { values: 0, units: 0 }, { values: 120, units: 8000 });
 * // 'storage, full refresh: 120 values written, 8,000 write units of 10 KB (2.0 minutes of Forge's 4,000-unit quota)'
 */
export function describeStorageWrites(
  phase: string,
  before: { readonly values: number; readonly units: number },
  after: { readonly values: number; readonly units: number },
): string {
  const values = after.values - before.values;
  const units = after.units - before.units;
  const minutes = (units / FORGE_WRITE_UNITS_PER_MINUTE).toFixed(1);
  return `storage, ${phase}: ${values.toLocaleString('en-US')} values written, ${units.toLocaleString('en-US')} write units of 10 KB (${minutes} minutes of Forge's ${FORGE_WRITE_UNITS_PER_MINUTE.toLocaleString('en-US')}-unit quota)`;
}
