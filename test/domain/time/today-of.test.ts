import { todayOf } from '../../../src/domain/time/today-of';

describe('todayOf', () => {
  it.each([
    ['reads a UTC instant', '2026-03-01T09:00:00Z', 20_513],
    ['reads an instant with milliseconds and an offset', '2026-03-01T23:59:59.999+11:00', 20_513],
    ['reads an offset without a colon, as Jira writes it', '2026-03-01T09:00:00.000+0000', 20_513],
    ['reads a plain date', '2026-03-02', 20_514],
  ])('%s', (_behaviour, now, expected) => {
    expect(todayOf(now)).toBe(expected);
  });

  it.each([
    ['refuses an empty string', ''],
    ['refuses an impossible date', '2026-02-30T00:00:00Z'],
    ['refuses a locale date', '03/01/2026'],
    ['refuses trailing text', '2026-03-01T09:00:00Z tomorrow'],
  ])('%s', (_behaviour, now) => {
    expect(() => todayOf(now)).toThrow(RangeError);
  });
});
