const units: readonly (readonly [string, number])[] = [
  ['w', 5 * 8 * 3600],
  ['d', 8 * 3600],
  ['h', 3600],
  ['m', 60],
];

/**
 * Formats seconds as Jira's time tracking shows them, with Jira's default 8-hour day and 5-day week.
 * @example
 * formatJiraDuration(36000); // '1d 2h'
 */
export function formatJiraDuration(seconds: number): string {
  let left = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  for (const [unit, size] of units) {
    const count = Math.floor(left / size);
    if (count > 0) parts.push(`${count}${unit}`);
    left -= count * size;
  }
  return parts.length > 0 ? parts.join(' ') : '0m';
}
