import { parseJqlDate } from '../../../../local/jira-fake/jql/parse-jql-date';

const now = new Date('2026-11-10T12:00:00.000Z');

describe('parseJqlDate', () => {
  it.each([
    ['a date with dashes', '2026-11-01', Date.UTC(2026, 10, 1)],
    ['a date with slashes', '2026/11/01', Date.UTC(2026, 10, 1)],
    ['a date and time', '2026-11-01 10:30', Date.UTC(2026, 10, 1, 10, 30)],
    ['single-digit month and day', '2026-1-5', Date.UTC(2026, 0, 5)],
    ['days ago', '-7d', Date.UTC(2026, 10, 3, 12)],
    ['weeks ago', '-2w', Date.UTC(2026, 9, 27, 12)],
    ['a day ahead without a sign', '1d', Date.UTC(2026, 10, 11, 12)],
    ['hours ago', '-3h', Date.UTC(2026, 10, 10, 9)],
    ['minutes ahead', '+30m', Date.UTC(2026, 10, 10, 12, 30)],
    ['a combined period', '-1w 2d', Date.UTC(2026, 10, 1, 12)],
  ])('reads %s', (_name, text, expected) => {
    expect(parseJqlDate(text, now)).toBe(expected);
  });

  it.each([
    ['words', 'yesterday'],
    ['an impossible day', '2026-02-30'],
    ['a unit Jira does not take for fields', '-1y'],
    ['an empty value', ''],
  ])('refuses %s', (_name, text) => {
    expect(parseJqlDate(text, now)).toBeNull();
  });
});
