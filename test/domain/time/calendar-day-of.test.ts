import { calendarDayOf } from '../../../src/domain/time/calendar-day-of';

describe('calendarDayOf', () => {
  it.each([
    ['counts days from 1970-01-01', '1970-01-02', 1],
    ['reads a plain date', '2026-03-01', 20_513],
    ['reads a date-time by its written date, ignoring a late-evening positive offset', '2026-03-01T23:30:00.000+1000', 20_513],
    ['reads a date-time in Jira format', '2026-03-01T00:10:00.000-0800', 20_513],
    ['reads a UTC instant', '2026-03-01T12:00:00Z', 20_513],
    ['handles a leap day, two years of 365 days after 2026-03-01', '2028-02-29', 20_513 + 730],
  ])('%s (%s)', (_behaviour, iso, expected) => {
    expect(calendarDayOf(iso)).toBe(expected);
  });

  it('counts 29 February as a day of its own', () => {
    expect(Number(calendarDayOf('2028-03-01')) - Number(calendarDayOf('2028-02-28'))).toBe(2);
  });

  it.each([
    ['answers null for null', null],
    ['rejects 30 February', '2026-02-30'],
    ['rejects month 13', '2026-13-01'],
    ['rejects a two-digit year', '26-03-01'],
    ['rejects a year before 1000, which Date.UTC would shift', '0050-01-01'],
    ['rejects free text', 'next Tuesday'],
    ['rejects a date followed by something other than a time', '2026-03-01x'],
  ])('%s', (_behaviour, iso) => {
    expect(calendarDayOf(iso)).toBeNull();
  });
});
