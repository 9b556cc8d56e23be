/**
 * Compile-time proof that time values are branded: `tsc` fails if any `@ts-expect-error` line below stops being an
 * error, i.e. if a plain string, or a day where an instant is wanted, were ever accepted.
 */
import type { CalendarDay } from '../../../src/domain/time/calendar-day';
import type { Instant } from '../../../src/domain/time/instant';
import { parseCalendarDay } from '../../../src/domain/time/parse-calendar-day';
import { parseInstant } from '../../../src/domain/time/parse-instant';

function takesDay(day: CalendarDay): string {
  return day;
}
function takesInstant(instant: Instant): string {
  return instant;
}

describe('branded time values', () => {
  it('accepts parsed values where they are expected and still reads them as strings', () => {
    const day = parseCalendarDay('2026-03-01');
    const instant = parseInstant('2026-03-01T09:00:00Z');
    expect(day === null ? null : takesDay(day)).toBe('2026-03-01');
    expect(instant === null ? null : takesInstant(instant)).toBe('2026-03-01T09:00:00.000Z');
  });

  it('refuses plain strings and the other kind of time at compile time', () => {
    const day = parseCalendarDay('2026-03-01')!;
    const instant = parseInstant('2026-03-01T09:00:00Z')!;
    // @ts-expect-error a plain string is not a calendar day
    takesDay('2026-03-01');
    // @ts-expect-error a plain string is not an instant
    takesInstant('2026-03-01T09:00:00.000Z');
    // @ts-expect-error an instant is not a calendar day
    takesDay(instant);
    // @ts-expect-error a calendar day is not an instant
    takesInstant(day);
    expect(true).toBe(true);
  });
});
