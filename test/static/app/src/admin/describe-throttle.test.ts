import type { PointsBudgetDto } from '../../../../../src/contract/points-budget-dto';
import { describeThrottle } from '../../../../../static/app/src/admin/describe-throttle';

const now = Date.parse('2026-11-20T18:45:00.000Z');

describe('describeThrottle', () => {
  it.each<[string, NonNullable<PointsBudgetDto['throttle']>, string]>([
    [
      'says when refresh paused for the budget and when it resumes',
      { at: '2026-11-20T18:40:00.000Z', resumesAt: '2026-11-20T19:00:00.000Z', reason: 'budget' },
      'Refresh paused for the points budget at 18:40 UTC; resumes at 19:00 UTC.',
    ],
    [
      'says Jira’s own quota stopped it',
      { at: '2026-11-20T18:40:00.000Z', resumesAt: '2026-11-20T19:00:00.000Z', reason: 'jira-quota' },
      "Refresh paused at 18:40 UTC because Jira said the app's quota is spent; resumes at 19:00 UTC.",
    ],
    [
      'says a pause that has ended resumed',
      { at: '2026-11-20T17:10:00.000Z', resumesAt: '2026-11-20T18:00:00.000Z', reason: 'budget' },
      'Refresh paused for the points budget at 17:10 UTC; resumed at 18:00 UTC.',
    ],
    [
      'dates a pause on an earlier day',
      { at: '2026-11-19T23:50:00.000Z', resumesAt: '2026-11-20T00:20:00.000Z', reason: 'budget' },
      'Refresh paused for the points budget at 2026-11-19 23:50 UTC; resumed at 00:20 UTC.',
    ],
  ])('%s', (_what, throttle, expected) => {
    expect(describeThrottle(throttle, now)).toBe(expected);
  });
});
