import { checkDecisionDraft } from '../../../../../static/app/src/intake/check-decision-draft';

describe('checkDecisionDraft', () => {
  it.each([
    ['no stage', null, 'because', { ok: false, field: 'stage' }],
    [
      'a rejection without a reason',
      'rejected',
      '  ',
      { ok: false, field: 'reason', message: 'Rejected needs a reason, so whoever raised IDEA-1 learns why.' },
    ],
    ['a deferral without a reason', 'deferred', '', { ok: false, field: 'reason' }],
    ['an approval without a reason', 'approved', '', { ok: true, payload: { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 3 } }],
    ['screening without a reason', 'screening', '', { ok: true, payload: { proposalKey: 'IDEA-1', stage: 'screening', expectedVersion: 3 } }],
    [
      'a rejection with a reason',
      'rejected',
      ' Out of scope ',
      { ok: true, payload: { proposalKey: 'IDEA-1', stage: 'rejected', expectedVersion: 3, reason: 'Out of scope' } },
    ],
  ] as const)('answers %s with %j', (_name, stage, reason, expected) => {
    expect(checkDecisionDraft('IDEA-1', stage, reason, 3)).toMatchObject(expected);
  });
});
