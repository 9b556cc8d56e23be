import fc from 'fast-check';
import { addCalendarDays } from '../../../src/domain/time/add-calendar-days';
import { calendarDayOf } from '../../../src/domain/time/calendar-day-of';
import { calendarDaysBetween } from '../../../src/domain/time/calendar-days-between';
import { elapsedDaysBetween } from '../../../src/domain/time/elapsed-days-between';
import { instantOf } from '../../../src/domain/time/instant-of';
import { parseCalendarDay } from '../../../src/domain/time/parse-calendar-day';
import { parseInstant } from '../../../src/domain/time/parse-instant';
import { utcDayOf } from '../../../src/domain/time/utc-day-of';

const dayMs = 86_400_000;
/** Clock readings from 1900 to 2200, wide enough for any due date and far from the types' year limits. */
const readings = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });
const offsets = fc.integer({ min: -5_000, max: 5_000 });

/** The oracle: plain UTC milliseconds, independent of date-fns. */
const utcDayNumber = (date: Date): number => Math.floor(date.getTime() / dayMs);

function checkTheLaws(): void {
  fc.assert(
    fc.property(readings, (date) => {
      const instant = instantOf(date);
      expect(parseInstant(instant)).toBe(instant);
      const day = utcDayOf(instant);
      expect(parseCalendarDay(day)).toBe(day);
      expect(calendarDayOf(day)).toBe(utcDayNumber(date));
    }),
  );
  fc.assert(
    fc.property(readings, offsets, (date, amount) => {
      const day = utcDayOf(instantOf(date));
      const moved = addCalendarDays(day, amount);
      expect(moved).toBe(utcDayOf(instantOf(new Date(utcDayNumber(date) * dayMs + amount * dayMs))));
      expect(calendarDaysBetween(day, moved)).toBe(amount);
    }),
  );
  fc.assert(
    fc.property(readings, readings, (a, b) => {
      expect(elapsedDaysBetween(instantOf(a), instantOf(b))).toBe(Math.trunc((b.getTime() - a.getTime()) / dayMs) + 0); // + 0 turns -0 into 0
    }),
  );
}

// Calendar math runs in UTC whatever the process's zone; these laws also hold when jest runs with TZ set to a zone
// with daylight saving (TZ=America/New_York npx jest test/domain/time), which a test cannot switch from inside jest.
describe('the time laws', () => {
  it('parse and spell round-trip, and day arithmetic agrees with UTC milliseconds', () => {
    checkTheLaws();
  });
});
