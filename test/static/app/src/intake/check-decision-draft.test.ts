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

  it.each([
    ['an unconfirmed approval that overloads', 'approved', { overloads: true, confirmed: false }, { ok: false, field: 'overload' }],
    [
      'a confirmed approval that overloads, sending the confirmation',
      'approved',
      { overloads: true, confirmed: true },
      { ok: true, payload: { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 3, overloadConfirmed: true } },
    ],
    [
      'an approval that fits, sending no confirmation',
      'approved',
      { overloads: false, confirmed: true },
      { ok: true, payload: { proposalKey: 'IDEA-1', stage: 'approved', expectedVersion: 3 } },
    ],
    [
      'screening a proposal that would overload, with nothing to confirm',
      'screening',
      { overloads: true, confirmed: false },
      { ok: true, payload: { stage: 'screening' } },
    ],
  ] as const)('answers %s', (_name, stage, overload, expected) => {
    const checked = checkDecisionDraft('IDEA-1', stage, '', 3, overload);
    expect(checked).toMatchObject(expected);
    if (expected.ok) expect(checked.ok && checked.payload).toEqual(expect.objectContaining(expected.payload));
  });
});
