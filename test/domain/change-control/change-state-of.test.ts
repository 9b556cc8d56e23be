import type { ChangeDecision } from '../../../src/domain/change-control/change-decision';
import { changeStateOf } from '../../../src/domain/change-control/change-state-of';
import type { ChangeState } from '../../../src/domain/change-control/change-state';
import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aDecision } from './builders/a-decision';
import { anInstant } from './builders/an-instant';

describe('changeStateOf', () => {
  it.each<[string, WorkItemOverrides, readonly ChangeDecision[], ChangeState]>([
    ['is pending with no decision and an unmapped status', { statusName: 'In Review' }, [], { decided: false }],
    [
      'is decided by a decision recorded in the app, when it was recorded',
      {},
      [aDecision('PR-1', 'approved', { decidedAt: anInstant('2026-03-04T10:00:00.000Z') })],
      { decided: true, outcome: 'approved', decidedAt: anInstant('2026-03-04T10:00:00.000Z') },
    ],
    [
      'takes the latest recorded decision',
      {},
      [
        aDecision('PR-1', 'deferred', { decidedAt: anInstant('2026-03-04T10:00:00.000Z') }),
        aDecision('PR-1', 'rejected', { decidedAt: anInstant('2026-03-06T10:00:00.000Z') }),
      ],
      { decided: true, outcome: 'rejected', decidedAt: anInstant('2026-03-06T10:00:00.000Z') },
    ],
    [
      'is decided by a mapped workflow status, dated by the resolution',
      { statusName: 'approved', resolved: '2026-03-07T12:00:00.000+0100' },
      [],
      { decided: true, outcome: 'approved', decidedAt: anInstant('2026-03-07T11:00:00.000Z') },
    ],
    [
      'is decided by a mapped workflow status without a date when unresolved',
      { statusName: 'Rejected' },
      [],
      { decided: true, outcome: 'rejected', decidedAt: null },
    ],
    [
      'lets a standing decision of pending fall back to the workflow status',
      { statusName: 'Deferred' },
      [aDecision('PR-1', 'pending')],
      { decided: true, outcome: 'deferred', decidedAt: null },
    ],
    ['ignores decisions on other changes', {}, [aDecision('PR-2', 'approved')], { decided: false }],
  ])('%s', (_name, overrides, decisions, expected) => {
    expect(changeStateOf(defaultChangePolicy, decisions)(aWorkItem(overrides))).toEqual(expected);
  });
});
