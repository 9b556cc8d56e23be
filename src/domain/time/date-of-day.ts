import { utc } from '@date-fns/utc';
import { parseISO } from 'date-fns';
import type { CalendarDay } from './calendar-day';

/**
 * The date date-fns computes a calendar day with: its midnight as a `UTCDate`, so date-fns reads the written year,
 * month and day in UTC whatever the process's zone and its daylight-saving changes. Internal to the time feature.
 *
 * @example
 * format(addDays(dateOfDay(day), 1, { in: utc }), 'yyyy-MM-dd'); // the next day
 */
export function dateOfDay(day: CalendarDay): Date {
  return parseISO(day, { in: utc });
}
