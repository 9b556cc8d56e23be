const isoDatePrefix = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const millisecondsPerDay = 86_400_000;

/**
 * The calendar day an ISO 8601 date or date-time names, as a whole number of days since 1970-01-01.
 *
 * The date is read as written, before any offset: `2026-03-01T23:30:00.000+1000` is 1 March. Jira writes due and
 * start dates as plain dates and instants in the site's or user's offset, so the written date is the one the team
 * saw; the caller chooses whose "today" applies by the offset it writes into `now`.
 *
 * @returns the day number, or null when `iso` is null or does not start with a real calendar date.
 * @example
 * calendarDayOf('1970-01-02');                    // 1
 * calendarDayOf('2026-03-01T23:30:00.000+1000'); // 20513
 * calendarDayOf('2026-02-30');                    // null
 */
export function calendarDayOf(iso: string | null): number | null {
  if (iso === null) {
    return null;
  }
  const match = isoDatePrefix.exec(iso);
  if (match === null) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const milliseconds = Date.UTC(year, month - 1, day);
  const check = new Date(milliseconds);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return milliseconds / millisecondsPerDay;
}
