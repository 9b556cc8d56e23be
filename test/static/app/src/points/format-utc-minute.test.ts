import { formatUtcMinute } from '../../../../../static/app/src/points/format-utc-minute';

const now = Date.parse('2026-11-20T18:45:00.000Z');

describe('formatUtcMinute', () => {
  it.each([
    ['gives the time alone on the reader’s UTC day', '2026-11-20T19:00:30.000Z', '19:00 UTC'],
    ['gives the date too on another day', '2026-11-21T00:10:00.000Z', '2026-11-21 00:10 UTC'],
    ['reads an offset as the same instant in UTC', '2026-11-20T20:40:00.000+01:00', '19:40 UTC'],
    ['shows a value that is not a date as it came', 'soon', 'soon'],
  ])('%s', (_what, iso, expected) => {
    expect(formatUtcMinute(iso, now)).toBe(expected);
  });
});
