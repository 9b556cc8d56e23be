import { summarizeMilestones } from '../../../src/domain/schedule/summarize-milestones';
import { aWorkItem } from '../builders/a-work-item';

const now = '2026-03-10T12:00:00Z';

describe('summarizeMilestones', () => {
  // Today is 2026-03-10. Hand-computed expectations are written next to each milestone.
  const items = [
    aWorkItem({ key: 'PR-1', summary: 'Design signed off', issueType: 'Milestone', due: '2026-03-05' }), // overdue 5 days
    aWorkItem({ key: 'PR-2', summary: 'Pilot live', issueType: 'Milestone', due: '2026-03-20' }), // next candidate
    aWorkItem({
      key: 'PR-3',
      summary: 'Kick-off',
      issueType: 'Milestone',
      due: '2026-03-01',
      statusCategory: 'done',
      resolved: '2026-03-04T16:00:00.000+0000',
    }), // done 3 days late
    aWorkItem({ key: 'PR-4', summary: 'Budget approved', issueType: 'Task', labels: ['milestone'], due: '2026-02-08' }), // overdue 30 days
    aWorkItem({ key: 'PR-5', summary: 'Go-live', issueType: 'Milestone', due: '2026-04-30' }), // later than PR-2
    aWorkItem({ key: 'PR-6', summary: 'Charter', issueType: 'Milestone', due: '2026-02-01', statusCategory: 'done', resolved: '2026-01-30T10:00:00.000+0000' }), // done early
    aWorkItem({ key: 'PR-7', summary: 'Someday', issueType: 'Milestone' }), // undated
    aWorkItem({ key: 'PR-8', summary: 'Not a milestone', issueType: 'Story', due: '2026-01-01' }),
  ];
  const summary = summarizeMilestones(items, now);

  it.each([
    ['counts milestones by type and by label, and nothing else', summary.total, 7],
    ['counts done milestones', summary.done, 2],
    ['counts open milestones due before today as overdue', summary.overdue, 2],
    ['counts milestones without a due date as undated', summary.undated, 1],
    ['counts overdue and late-done milestones as slipped', summary.slip.slipped, 3],
    ['sums days late: 5 + 30 overdue and 3 for the late finish', summary.slip.totalDays, 38],
    ['takes the largest lateness as the maximum slip', summary.slip.maxDays, 30],
  ])('%s', (_behaviour, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('names the earliest unfinished milestone due today or later as next', () => {
    expect(summary.next).toEqual({ key: 'PR-2', summary: 'Pilot live', due: '2026-03-20' });
  });

  it.each([
    ['does not count a milestone due today as overdue', '2026-03-10', 0, 'PR-1'],
    ['counts a milestone due yesterday as overdue by one day', '2026-03-09', 1, null],
  ])('%s', (_behaviour, due, overdue, next) => {
    const result = summarizeMilestones([aWorkItem({ key: 'PR-1', issueType: 'Milestone', due })], now);
    expect(result.overdue).toBe(overdue);
    expect(result.slip.totalDays).toBe(overdue);
    expect(result.next?.key ?? null).toBe(next);
  });

  it('breaks a tie between milestones due the same day by issue number, whatever their order', () => {
    const tenth = aWorkItem({ key: 'PR-10', issueType: 'Milestone', due: '2026-03-12' });
    const ninth = aWorkItem({ key: 'PR-9', issueType: 'Milestone', due: '2026-03-12' });
    expect(summarizeMilestones([tenth, ninth], now).next?.key).toBe('PR-9');
    expect(summarizeMilestones([ninth, tenth], now).next?.key).toBe('PR-9');
  });

  it('reads a due date written as a date-time by its date', () => {
    const result = summarizeMilestones([aWorkItem({ issueType: 'Milestone', due: '2026-03-12T00:00:00.000+0000' })], now);
    expect(result.next?.due).toBe('2026-03-12');
  });

  it('does not count a done milestone without a resolution date as slipped', () => {
    const result = summarizeMilestones([aWorkItem({ issueType: 'Milestone', due: '2026-03-01', statusCategory: 'done' })], now);
    expect(result.slip).toEqual({ slipped: 0, totalDays: 0, maxDays: 0 });
  });

  it('answers zeros and no next milestone for a project without milestones', () => {
    expect(summarizeMilestones([aWorkItem()], now)).toEqual({
      total: 0,
      done: 0,
      overdue: 0,
      undated: 0,
      next: null,
      slip: { slipped: 0, totalDays: 0, maxDays: 0 },
    });
  });

  it('refuses a now that is not a date-time', () => {
    expect(() => summarizeMilestones([], 'yesterday')).toThrow(RangeError);
  });
});
