import { addCalendarDays } from '../../../src/domain/time/add-calendar-days';
import { calendarDaysBetween } from '../../../src/domain/time/calendar-days-between';
import { elapsedDaysBefore } from '../../../src/domain/time/elapsed-days-before';
import { elapsedDaysBetween } from '../../../src/domain/time/elapsed-days-between';
import { elapsedDaysSince } from '../../../src/domain/time/elapsed-days-since';
import { parseCalendarDay } from '../../../src/domain/time/parse-calendar-day';
import { parseInstant } from '../../../src/domain/time/parse-instant';

const day = (text: string) => parseCalendarDay(text)!;
const instant = (text: string) => parseInstant(text)!;

describe('calendar days', () => {
  it.each([
    ['the next day', '2026-03-01', 1, '2026-03-02'],
    ['across the end of a leap February', '2028-02-28', 1, '2028-02-29'],
    ['across the end of a year', '2026-12-31', 1, '2027-01-01'],
    ['backwards', '2026-03-01', -1, '2026-02-28'],
    ['across a European daylight-saving change', '2026-03-28', 2, '2026-03-30'],
  ])('adds %s', (_what, from, amount, expected) => {
    expect(addCalendarDays(day(from), amount)).toBe(expected);
    expect(calendarDaysBetween(day(from), day(expected))).toBe(amount);
  });

  it('refuses a result beyond the year 9999', () => {
    expect(() => addCalendarDays(day('9999-12-31'), 1)).toThrow(RangeError);
  });
});

describe('elapsed days', () => {
  it.each([
    ['counts a full day of 24 hours', '2026-03-01T12:00:00Z', '2026-03-02T12:00:00Z', 1],
    ['does not count a day that has not fully elapsed, even across midnight', '2026-03-01T23:00:00Z', '2026-03-02T22:59:00Z', 0],
    ['truncates 9 days and 23 hours to 9', '2026-03-01T12:00:00Z', '2026-03-11T11:59:00Z', 9],
    ['reads offsets as the moments they name', '2026-03-01T00:00:00.000+0100', '2026-03-01T23:00:00.000Z', 1],
    ['counts backwards as negative', '2026-03-11T12:00:00Z', '2026-03-01T12:00:00Z', -10],
  ])('%s', (_behaviour, from, to, expected) => {
    expect(elapsedDaysBetween(instant(from), instant(to))).toBe(expected);
  });

  it('counts days since a date-time as Jira writes it, and null for one it cannot read', () => {
    const now = instant('2026-03-11T12:00:00Z');
    expect(elapsedDaysSince('2026-03-01T00:00:00.000+0000', now)).toBe(10);
    expect(elapsedDaysSince('soon', now)).toBeNull();
  });

  it('finds where the last N days began', () => {
    expect(elapsedDaysBefore(instant('2026-11-20T12:00:00Z'), 14)).toBe('2026-11-06T12:00:00.000Z');
  });
});
