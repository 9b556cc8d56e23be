/**
 * An elapsed time in hours as a reader says it: "under a minute", "about 25 minutes", "about 2 h", "about 1.5 days".
 *
 * @example
 * describeHours(2.04); // 'about 2 h'
 * describeHours(0.4); // 'about 24 minutes'
 */
export function describeHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `about ${String(minutes)} minute${minutes === 1 ? '' : 's'}`;
  if (hours < 36) return `about ${String(Math.round(hours * 2) / 2)} h`;
  return `about ${String(Math.round((hours / 24) * 2) / 2)} days`;
}
