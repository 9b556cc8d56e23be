import { takeApprovedBaseline } from '../../../src/domain/change-control/take-approved-baseline';
import { aProjectKey } from '../builders/a-project-key';
import { aWorkItem } from '../builders/a-work-item';
import { anAccountId } from './builders/an-account-id';
import { anInstant } from './builders/an-instant';
import { coreV1 } from './builders/core-v1';

const base = {
  projectKey: aProjectKey('CORE'),
  items: [],
  budgetAtCompletion: 100_000,
  scope: 240,
  approvedAt: anInstant('2026-02-01T09:00:00.000Z'),
  approvedBy: anAccountId('sponsor'),
};

describe('takeApprovedBaseline', () => {
  it('takes version 1 with who approved it, when, and no change request', () => {
    expect(coreV1()).toEqual({
      projectKey: 'CORE',
      version: 1,
      approvedAt: '2026-02-01T09:00:00.000Z',
      approvedBy: 'sponsor',
      changeKey: null,
      items: [
        { key: 'CORE-7', kind: 'milestone', due: '2026-03-01' },
        { key: 'CORE-8', kind: 'gate', due: '2026-04-01' },
        { key: 'CORE-9', kind: 'epic', due: '2026-05-01' },
      ],
      budgetAtCompletion: 100_000,
      scope: 240,
    });
  });

  it.each([
    [
      'a milestone by its label',
      aWorkItem({ key: 'CORE-1', labels: ['milestone'], due: '2026-03-01' }),
      [{ key: 'CORE-1', kind: 'milestone', due: '2026-03-01' }],
    ],
    ['a gate by its label', aWorkItem({ key: 'CORE-1', labels: ['Gate'], due: '2026-03-01' }), [{ key: 'CORE-1', kind: 'gate', due: '2026-03-01' }]],
    [
      'an epic by its hierarchy level',
      aWorkItem({ key: 'CORE-1', issueType: 'Feature', hierarchyLevel: 1, due: '2026-03-01' }),
      [{ key: 'CORE-1', kind: 'epic', due: '2026-03-01' }],
    ],
    [
      'a due date written as a date-time, by its written day',
      aWorkItem({ key: 'CORE-1', issueType: 'Milestone', due: '2026-03-01T23:30:00.000+1000' }),
      [{ key: 'CORE-1', kind: 'milestone', due: '2026-03-01' }],
    ],
    ['no undated milestone', aWorkItem({ key: 'CORE-1', issueType: 'Milestone', due: null }), []],
    ['no story', aWorkItem({ key: 'CORE-1', issueType: 'Story', due: '2026-03-01' }), []],
    ['no milestone of another project', aWorkItem({ key: 'EDGE-1', issueType: 'Milestone', due: '2026-03-01' }), []],
  ])('holds %s', (_name, item, items) => {
    expect(takeApprovedBaseline({ ...base, items: [item] }).items).toEqual(items);
  });

  it('holds each item once, in issue-key order', () => {
    const items = ['CORE-10', 'CORE-9', 'CORE-10'].map((key) => aWorkItem({ key, issueType: 'Milestone', due: '2026-03-01' }));

    expect(takeApprovedBaseline({ ...base, items }).items.map((item) => item.key)).toEqual(['CORE-9', 'CORE-10']);
  });

  it('is frozen', () => {
    const v1 = coreV1();

    expect([Object.isFrozen(v1), Object.isFrozen(v1.items), ...v1.items.map((item) => Object.isFrozen(item))].every(Boolean)).toBe(true);
  });

  it('keeps an unknown budget and scope as null', () => {
    expect(takeApprovedBaseline({ ...base, budgetAtCompletion: null, scope: null })).toMatchObject({ budgetAtCompletion: null, scope: null });
  });

  it.each([
    ['a negative budget', { budgetAtCompletion: -1 }, 'An approved budget at completion is a number of zero or more, not -1.'],
    ['a budget that is not a number', { budgetAtCompletion: Number.NaN }, 'not NaN'],
    ['an infinite scope', { scope: Number.POSITIVE_INFINITY }, 'An approved scope is a number of zero or more, not Infinity.'],
  ])('refuses %s, saying why', (_name, overrides, message) => {
    expect(() => takeApprovedBaseline({ ...base, ...overrides })).toThrow(message);
  });
});
