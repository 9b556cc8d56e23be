import { parseCalendarDay } from '../../../src/domain/time/parse-calendar-day';
import { writtenDayLabel } from '../../../src/domain/time/written-day-label';
import { writtenDayOf } from '../../../src/domain/time/written-day-of';

describe('parseCalendarDay', () => {
  it.each([
    ['reads a plain date', '2026-03-01', '2026-03-01'],
    ['reads a leap day', '2028-02-29', '2028-02-29'],
    ['ignores surrounding whitespace', ' 2026-03-01 ', '2026-03-01'],
    ['rejects 29 February outside a leap year', '2026-02-29', null],
    ['rejects month 13', '2026-13-01', null],
    ['rejects day 0', '2026-03-00', null],
    ['rejects a year before 1000', '0999-12-31', null],
    ['rejects a date with a time after it', '2026-03-01T09:00:00Z', null],
    ['rejects unpadded fields', '2026-3-1', null],
    ['rejects free text', 'next Tuesday', null],
  ])('%s (%s)', (_behaviour, text, expected) => {
    expect(parseCalendarDay(text)).toBe(expected);
  });
});

describe('writtenDayOf', () => {
  it.each([
    ['reads a plain date', '2026-03-01', '2026-03-01'],
    ['reads a date-time by its written date, whatever the offset', '2026-03-01T23:30:00.000+1000', '2026-03-01'],
    ['reads a UTC instant', '2026-03-01T00:10:00.000Z', '2026-03-01'],
    ['answers null for null', null, null],
    ['answers null for an impossible date', '2026-02-30T09:00:00Z', null],
    ['answers null for a date followed by something other than a time', '2026-03-01x', null],
  ])('%s', (_behaviour, text, expected) => {
    expect(writtenDayOf(text)).toBe(expected);
  });
});

describe('writtenDayLabel', () => {
  it.each([
    ['shows the day of an instant', '2026-11-20T12:00:00.000Z', '2026-11-20'],
    ['shows a text that names no day as it came', 'not-refreshed', 'not-refreshed'],
  ])('%s', (_behaviour, text, expected) => {
    expect(writtenDayLabel(text)).toBe(expected);
  });
});
