import { checkIntakeSettingsDraft } from '../../../../../static/app/src/intake-admin/check-intake-settings-draft';

const settings = { projectKeys: ['INT'], issueTypes: ['Proposal'], labels: [], modelId: 'wsjf' };

describe('the intake settings draft', () => {
  it.each([
    ['an issue type', settings, { ok: true, settings }],
    ['a label only', { ...settings, issueTypes: [], labels: ['intake'] }, { ok: true, settings: { ...settings, issueTypes: [], labels: ['intake'] } }],
    [
      'neither issue type nor label',
      { ...settings, issueTypes: [] },
      { ok: false, field: 'recognise', message: 'Name at least one issue type or label that makes an issue a proposal.' },
    ],
    ['a model not listed', { ...settings, modelId: 'gone' }, { ok: false, field: 'modelId', message: 'Choose one of the scoring models listed.' }],
  ])('answers settings with %s', (_what, draft, expected) => {
    expect(checkIntakeSettingsDraft(draft, ['wsjf', 'weighted'])).toEqual(expected);
  });
});
