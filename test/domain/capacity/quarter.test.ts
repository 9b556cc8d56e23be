import fc from 'fast-check';
import { nextQuarter } from '../../../src/domain/capacity/next-quarter';
import { parseQuarter } from '../../../src/domain/capacity/parse-quarter';
import { quarterOf } from '../../../src/domain/capacity/quarter-of';
import { quarterSpan } from '../../../src/domain/capacity/quarter-span';
import { quartersBetween } from '../../../src/domain/capacity/quarters-between';
import { addCalendarDays } from '../../../src/domain/time/add-calendar-days';
import { calendarDaysBetween } from '../../../src/domain/time/calendar-days-between';
import { aDay } from './builders/a-day';
import { aQuarter } from './builders/a-quarter';

describe('parseQuarter', () => {
  it.each([
    ['reads a quarter', '2027-Q1', '2027-Q1'],
    ['reads the fourth quarter', '2027-Q4', '2027-Q4'],
    ['writes a lower-case q as a capital', '2027-q2', '2027-Q2'],
    ['ignores surrounding whitespace', ' 2027-Q3 ', '2027-Q3'],
    ['rejects quarter 5', '2027-Q5', null],
    ['rejects quarter 0', '2027-Q0', null],
    ['rejects a missing dash', '2027Q1', null],
    ['rejects a year before 1000', '0999-Q1', null],
    ['rejects a two-digit year', '27-Q1', null],
    ['rejects a month', '2027-01', null],
    ['rejects free text', 'next quarter', null],
  ])('%s (%s)', (_behaviour, text, expected) => {
    expect(parseQuarter(text)).toBe(expected);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2027-01-01', '2027-Q1'],
    ['2027-03-31', '2027-Q1'],
    ['2027-04-01', '2027-Q2'],
    ['2027-06-30', '2027-Q2'],
    ['2027-07-01', '2027-Q3'],
    ['2027-09-30', '2027-Q3'],
    ['2027-10-01', '2027-Q4'],
    ['2027-12-31', '2027-Q4'],
    ['2028-02-29', '2028-Q1'],
  ])('places %s in %s', (day, quarter) => {
    expect(quarterOf(aDay(day))).toBe(quarter);
  });
});

describe('quarterSpan', () => {
  it.each([
    ['2027-Q1', '2027-01-01', '2027-03-31'],
    ['2027-Q2', '2027-04-01', '2027-06-30'],
    ['2027-Q3', '2027-07-01', '2027-09-30'],
    ['2027-Q4', '2027-10-01', '2027-12-31'],
    ['9999-Q4', '9999-10-01', '9999-12-31'],
  ])('spans %s from %s to %s', (quarter, first, last) => {
    expect(quarterSpan(aQuarter(quarter))).toEqual({ first, last });
  });
});

describe('nextQuarter', () => {
  it.each([
    ['2027-Q1', '2027-Q2'],
    ['2027-Q3', '2027-Q4'],
    ['2027-Q4', '2028-Q1'],
  ])('follows %s with %s', (quarter, next) => {
    expect(nextQuarter(aQuarter(quarter))).toBe(next);
  });

  it('refuses to go past 9999-Q4, where calendar days end', () => {
    expect(() => nextQuarter(aQuarter('9999-Q4'))).toThrow(RangeError);
  });
});

describe('quartersBetween', () => {
  it.each([
    ['one day', '2027-03-01', '2027-03-01', ['2027-Q1']],
    ['two quarters', '2027-03-01', '2027-04-30', ['2027-Q1', '2027-Q2']],
    ['the turn of a year', '2027-11-15', '2028-01-02', ['2027-Q4', '2028-Q1']],
    ['a whole year and a day', '2027-01-01', '2028-01-01', ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1']],
    ['nothing when the end is before the start', '2027-05-01', '2027-04-30', []],
  ])('lists %s', (_behaviour, from, to, expected) => {
    expect(quartersBetween(aDay(from), aDay(to))).toEqual(expected);
  });
});

describe('the quarter laws', () => {
  const days = fc.integer({ min: 0, max: 40_000 }).map((offset) => addCalendarDays(aDay('1950-01-01'), offset));

  it('a day lies within the span of its quarter, and the spans of consecutive quarters meet', () => {
    fc.assert(
      fc.property(days, (day) => {
        const quarter = quarterOf(day);
        const span = quarterSpan(quarter);
        expect(span.first <= day && day <= span.last).toBe(true);
        expect(quarterSpan(nextQuarter(quarter)).first).toBe(addCalendarDays(span.last, 1));
        expect(parseQuarter(quarter)).toBe(quarter);
      }),
    );
  });

  it('the quarters between two days are consecutive and cover both', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = addCalendarDays(from, length);
        const quarters = quartersBetween(from, to);
        expect(quarters[0]).toBe(quarterOf(from));
        expect(quarters[quarters.length - 1]).toBe(quarterOf(to));
        quarters.slice(1).forEach((quarter, index) => {
          const previous = quarters[index];
          expect(previous === undefined ? undefined : nextQuarter(previous)).toBe(quarter);
        });
        expect(quarters.length).toBeLessThanOrEqual(Math.ceil(calendarDaysBetween(from, to) / 89) + 1);
      }),
    );
  });
});
