import { addCalendarDays } from '../time/add-calendar-days';
import { instantOf } from '../time/instant-of';
import { utcDayOf } from '../time/utc-day-of';
import { MAX_OVERRIDE_DAYS } from './override-limits';

/** The first and last day (`yyyy-mm-dd`, UTC) an override set at a moment may run until. */
export interface OverrideDayBounds {
  readonly min: string;
  readonly max: string;
}

/**
 * The days an override's last day may take when set at `nowMs`: from today to `MAX_OVERRIDE_DAYS` ahead, in UTC. The
 * server checks against these and the form's date input offers exactly these.
 *
 * @example
 * overrideDayBounds(Date.parse('2026-11-21T23:30:00.000Z')); // => { min: '2026-11-21', max: '2027-02-19' }
 */
export function overrideDayBounds(nowMs: number): OverrideDayBounds {
  const today = utcDayOf(instantOf(new Date(nowMs)));
  return { min: today, max: addCalendarDays(today, MAX_OVERRIDE_DAYS) };
}
