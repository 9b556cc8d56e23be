import type { ChangeDecision } from '../../../src/domain/change-control/change-decision';
import { pendingChanges } from '../../../src/domain/change-control/pending-changes';
import { aChangeRequest } from './builders/a-change-request';
import { aDay } from './builders/a-day';
import { aDecision } from './builders/a-decision';

const cr12 = aChangeRequest('CORE-12', { created: '2026-03-01T09:00:00.000Z' });
const cr13 = aChangeRequest('CORE-13', { created: '2026-03-06T23:59:00.000Z' });
const cr14 = aChangeRequest('CORE-14', { created: '2026-03-06T08:00:00.000Z' });
const today = aDay('2026-03-20');

function pendingKeys(decisions: readonly ChangeDecision[]): string[] {
  return pendingChanges([cr12], decisions, today).map((pending) => pending.change.key);
}

describe('pendingChanges', () => {
  it('lists undecided changes oldest first with their age in calendar days, ties by key', () => {
    expect(pendingChanges([cr14, cr13, cr12], [], today).map(({ change, since, ageDays }) => [change.key, since, ageDays])).toEqual([
      ['CORE-12', '2026-03-01', 19],
      ['CORE-13', '2026-03-06', 14],
      ['CORE-14', '2026-03-06', 14],
    ]);
  });

  it.each([
    ['no decision', [], ['CORE-12']],
    ['a pending decision', [aDecision('CORE-12', 'pending')], ['CORE-12']],
    ['an approval', [aDecision('CORE-12', 'approved')], []],
    ['a rejection', [aDecision('CORE-12', 'rejected')], []],
    ['a deferral', [aDecision('CORE-12', 'deferred')], []],
    ['a decision on another change only', [aDecision('CORE-13', 'approved')], ['CORE-12']],
    [
      'a deferral later set back to pending',
      [aDecision('CORE-12', 'deferred', { decidedAt: '2026-03-02T09:00:00.000Z' }), aDecision('CORE-12', 'pending', { decidedAt: '2026-03-09T09:00:00.000Z' })],
      ['CORE-12'],
    ],
    [
      'a pending decision later approved',
      [aDecision('CORE-12', 'approved', { decidedAt: '2026-03-09T09:00:00.000Z' }), aDecision('CORE-12', 'pending', { decidedAt: '2026-03-02T09:00:00.000Z' })],
      [],
    ],
  ])('counts a change with %s accordingly', (_name, decisions, keys) => {
    expect(pendingKeys(decisions)).toEqual(keys);
  });

  it('gives a change raised after today an age of zero, and lists a change given twice once', () => {
    const future = aChangeRequest('CORE-15', { created: '2026-03-25T09:00:00.000Z' });

    expect(pendingChanges([future, future], [], today)).toEqual([{ change: future, since: '2026-03-25', ageDays: 0 }]);
  });
});
