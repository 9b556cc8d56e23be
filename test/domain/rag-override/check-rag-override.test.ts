import { checkRagOverride } from '../../../src/domain/rag-override/check-rag-override';
import type { RagOverride } from '../../../src/domain/rag-override/rag-override';

const now = '2026-11-21T10:00:00.000Z';
const draft: RagOverride = {
  projectKey: 'CORE',
  target: 'cost',
  rag: 'amber',
  reason: 'Change request approved',
  expiresOn: '2026-12-15',
  setBy: { accountId: 'admin', displayName: 'Ada Admin' },
  setAt: now,
};

describe('checkRagOverride', () => {
  it.each([
    ['tidies the reason', { reason: '  Change   request\napproved ' }, { reason: 'Change request approved' }],
    ['accepts today as the last day', { expiresOn: '2026-11-21' }, { expiresOn: '2026-11-21' }],
    ['accepts the last day 90 days ahead', { expiresOn: '2027-02-19' }, { expiresOn: '2027-02-19' }],
  ])('%s', (_name, change, expected) => {
    expect(checkRagOverride({ ...draft, ...change }, now)).toMatchObject(expected);
  });

  it.each([
    ['a reason of fewer than 10 characters', { reason: ' too short ' }, 'at least 10 characters'],
    ['a reason of more than 500 characters', { reason: 'x'.repeat(501) }, 'at most 500 characters; this one has 501'],
    ['an expiry that is not a date', { expiresOn: '2026-02-30' }, 'calendar date'],
    ['an expiry in the past', { expiresOn: '2026-11-20' }, 'has passed; choose today (2026-11-21) or later'],
    ['an expiry more than 90 days ahead', { expiresOn: '2027-02-20' }, 'at most 90 days: choose 2027-02-19 or earlier'],
  ])('refuses %s, saying why', (_name, change, message) => {
    expect(() => checkRagOverride({ ...draft, ...change }, now)).toThrow(message);
  });
});
