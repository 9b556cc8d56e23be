import { evaluateDateFunction } from '../../../../local/jira-fake/jql/evaluate-date-function';
import { JqlError } from '../../../../local/jira-fake/jql/jql-error';

/** Tuesday 10 November 2026, 15:45 UTC. */
const now = new Date('2026-11-10T15:45:00.000Z');

describe('evaluateDateFunction', () => {
  it.each([
    ['now()', 'now', [], now.getTime()],
    ['startOfDay()', 'startOfDay', [], Date.UTC(2026, 10, 10)],
    ['startOfDay(-1): yesterday', 'startOfDay', ['-1'], Date.UTC(2026, 10, 9)],
    ['startOfDay("+1w")', 'startOfDay', ['+1w'], Date.UTC(2026, 10, 17)],
    ['endOfDay()', 'endOfDay', [], Date.UTC(2026, 10, 11) - 1],
    ['startOfWeek(): Sunday', 'startOfWeek', [], Date.UTC(2026, 10, 8)],
    ['endOfWeek()', 'endOfWeek', [], Date.UTC(2026, 10, 15) - 1],
    ['startOfMonth(-1)', 'startOfMonth', ['-1'], Date.UTC(2026, 9, 1)],
    ['endOfMonth()', 'endOfMonth', [], Date.UTC(2026, 11, 1) - 1],
    ['startOfYear()', 'startOfYear', [], Date.UTC(2026, 0, 1)],
    ['endOfYear(1)', 'endOfYear', ['1'], Date.UTC(2028, 0, 1) - 1],
    ['any letter case', 'STARTOFDAY', [], Date.UTC(2026, 10, 10)],
  ] as const)('evaluates %s in UTC', (_name, fn, args, expected) => {
    expect(evaluateDateFunction(fn, args, now)).toBe(expected);
  });

  it.each([
    ['an increment that is not one', 'startOfDay', ['soon']],
    ['arguments to now()', 'now', ['1']],
    ['two increments', 'startOfDay', ['1', '2']],
  ] as const)('refuses %s', (_name, fn, args) => {
    expect(() => evaluateDateFunction(fn, args, now)).toThrow(JqlError);
  });
});
