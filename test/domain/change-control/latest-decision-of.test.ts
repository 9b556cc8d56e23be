import { latestDecisionOf } from '../../../src/domain/change-control/latest-decision-of';
import { anIssueKey } from '../builders/an-issue-key';
import { aDecision } from './builders/a-decision';

const cr12 = anIssueKey('CORE-12');
const monday = '2026-03-02T09:00:00.000Z';
const friday = '2026-03-06T09:00:00.000Z';

describe('latestDecisionOf', () => {
  it('is null for a change with no decision', () => {
    expect(latestDecisionOf(cr12, [aDecision('CORE-13', 'approved')])).toBeNull();
  });

  it.each([
    [
      'the later decision, in either order',
      [aDecision('CORE-12', 'deferred', { decidedAt: monday }), aDecision('CORE-12', 'approved', { decidedAt: friday })],
      'approved',
    ],
    [
      'the later decision, listed first',
      [aDecision('CORE-12', 'approved', { decidedAt: friday }), aDecision('CORE-12', 'deferred', { decidedAt: monday })],
      'approved',
    ],
    [
      'the app decision over a workflow one at the same instant',
      [aDecision('CORE-12', 'approved', { source: 'app' }), aDecision('CORE-12', 'rejected', { source: 'workflow' })],
      'approved',
    ],
    [
      'the app decision over a workflow one listed first',
      [aDecision('CORE-12', 'rejected', { source: 'workflow' }), aDecision('CORE-12', 'approved', { source: 'app' })],
      'approved',
    ],
    ['the last listed of two alike at the same instant', [aDecision('CORE-12', 'rejected'), aDecision('CORE-12', 'approved')], 'approved'],
  ])('takes %s', (_name, decisions, outcome) => {
    expect(latestDecisionOf(cr12, decisions)?.outcome).toBe(outcome);
  });
});
