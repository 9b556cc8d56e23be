import { instantOf } from '../../../src/domain/time/instant-of';
import { isInstant } from '../../../src/domain/time/is-instant';
import { parseInstant } from '../../../src/domain/time/parse-instant';
import { utcDayOf } from '../../../src/domain/time/utc-day-of';
import { utcMidnightOf } from '../../../src/domain/time/utc-midnight-of';

describe('parseInstant', () => {
  it.each([
    ['re-spells a UTC instant with milliseconds', '2026-11-01T09:00:00Z', '2026-11-01T09:00:00.000Z'],
    ['reads Jira’s offset without a colon', '2026-11-01T10:00:00.000+0100', '2026-11-01T09:00:00.000Z'],
    ['reads an offset with a colon', '2026-11-01T04:00:00-05:00', '2026-11-01T09:00:00.000Z'],
    ['reads a time to the minute', '2026-11-01T09:00Z', '2026-11-01T09:00:00.000Z'],
    ['moves to the UTC day when the offset crosses midnight', '2026-03-01T23:30:00.000-0100', '2026-03-02T00:30:00.000Z'],
    ['ignores surrounding whitespace', ' 2026-11-01T09:00:00.000Z ', '2026-11-01T09:00:00.000Z'],
    ['refuses a date-time without an offset, which would depend on the reader’s zone', '2026-11-01T09:00:00', null],
    ['refuses a plain date, which is a day and not an instant', '2026-11-01', null],
    ['refuses an impossible date', '2026-02-30T09:00:00Z', null],
    ['refuses free text', 'soon', null],
  ])('%s', (_behaviour, text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });
});

describe('instantOf', () => {
  it('spells a clock reading in UTC with milliseconds', () => {
    expect(instantOf(new Date('2026-03-01T10:00:00+01:00'))).toBe('2026-03-01T09:00:00.000Z');
  });

  it.each([
    ['an invalid date', new Date(Number.NaN)],
    ['a year beyond 9999', new Date('+010000-01-01T00:00:00Z')],
  ])('refuses %s', (_what, date) => {
    expect(() => instantOf(date)).toThrow(RangeError);
  });
});

describe('isInstant', () => {
  it.each([
    ['accepts the one spelling', '2026-03-01T09:00:00.000Z', true],
    ['refuses another spelling of the same moment', '2026-03-01T09:00:00Z', false],
    ['refuses an impossible date in the right shape', '2026-02-30T09:00:00.000Z', false],
  ])('%s', (_behaviour, text, expected) => {
    expect(isInstant(text)).toBe(expected);
  });
});

describe('utcDayOf and utcMidnightOf', () => {
  it.each([
    ['2026-03-01T00:00:00.000Z', '2026-03-01'],
    ['2026-03-01T23:59:59.999Z', '2026-03-01'],
  ])('dates %s on its UTC day %s, which begins at UTC midnight', (text, day) => {
    const instant = parseInstant(text)!;
    expect(utcDayOf(instant)).toBe(day);
    expect(utcMidnightOf(utcDayOf(instant))).toBe(`${day}T00:00:00.000Z`);
  });
});
