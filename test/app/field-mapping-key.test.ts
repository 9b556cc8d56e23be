import { fieldMappingKey } from '../../src/app/field-mapping-key';
import type { FieldMapping } from '../../src/ports/field-mapping';

const withoutCriteria: FieldMapping = {
  storyPoints: 'customfield_10016',
  storyPointEstimate: null,
  startDate: 'customfield_10015',
  budget: 'customfield_10050',
  actualCost: 'customfield_10051',
  probability: null,
  impact: null,
  mitigation: null,
  program: null,
  flagged: 'customfield_10021',
  businessValue: null,
  timeCriticality: null,
  riskReduction: null,
  jobSize: null,
  estimatedCost: null,
  expectedBenefit: null,
  strategicTheme: null,
};

describe('fieldMappingKey', () => {
  it('keeps the key items were stored under on a site without intake criteria fields, so no project is read again', () => {
    expect(fieldMappingKey(withoutCriteria)).toBe(
      'actualCost=customfield_10051;budget=customfield_10050;flagged=customfield_10021;impact=;mitigation=;probability=;program=;' +
        'startDate=customfield_10015;storyPointEstimate=;storyPoints=customfield_10016',
    );
  });

  it.each([
    ['an intake criterion field is found', { jobSize: 'customfield_10070' }],
    ['a field the roll-up reads is remapped', { budget: 'customfield_10099' }],
    ['a field the roll-up reads disappears', { flagged: null }],
  ])('changes when %s', (_case, change) => {
    expect(fieldMappingKey({ ...withoutCriteria, ...change })).not.toBe(fieldMappingKey(withoutCriteria));
  });
});
