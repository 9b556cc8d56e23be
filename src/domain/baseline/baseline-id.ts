/** What every baseline id looks like: the UTC time it was taken to the second, a dash, and eight hex digits. */
export const baselineIdPattern = /^\d{8}T\d{6}Z-[0-9a-f]{8}$/;

/**
 * A baseline's id from when it was taken and a random suffix; ids sort by the time they were taken.
 *
 * @example
 * baselineId('2026-11-21T09:30:15.250Z', '0a1b2c3d'); // '20261121T093015Z-0a1b2c3d'
 */
export function baselineId(takenAt: string, suffix: string): string {
  const ms = Date.parse(takenAt);
  if (!Number.isFinite(ms)) throw new RangeError(`takenAt must be an ISO 8601 date-time, got "${takenAt}"`);
  if (!/^[0-9a-f]{8}$/.test(suffix)) throw new RangeError(`A baseline id suffix is eight hex digits, got "${suffix}"`);
  const stamp = new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
  return `${stamp}Z-${suffix}`;
}
