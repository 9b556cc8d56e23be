import { format } from 'date-fns';

/**
 * When the portfolio's data is from, in the reader's time zone; a value that is not a date is shown as it came.
 *
 * @example
 * formatAsOf('2026-11-21T09:30:00.000Z'); // => '21 Nov 2026, 09:30' (in UTC)
 */
export function formatAsOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy, HH:mm');
}
