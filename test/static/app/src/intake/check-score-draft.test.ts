import { checkScoreDraft } from '../../../../../static/app/src/intake/check-score-draft';
import type { ScoringCriterion } from '../../../../../src/domain/intake';

const jobSize: ScoringCriterion = { id: 'job-size', name: 'Job Size', scale: { min: 1, max: 20, steps: [1, 2, 3, 5, 8, 13, 20] }, jiraField: 'Job Size' };
const value: ScoringCriterion = { id: 'value', name: 'Business Value', scale: { min: 0, max: 10 }, jiraField: null };

describe('checkScoreDraft', () => {
  it.each([
    ['a word', { 'job-size': 'five' }, { ok: false, criterionId: 'job-size', message: 'Job Size must be a number from 1 to 20.' }],
    ['a value off the scale', { value: '11' }, { ok: false, criterionId: 'value', message: 'Business Value must be a number from 0 to 10.' }],
    ['a value between the steps', { 'job-size': '4' }, { ok: false, criterionId: 'job-size', message: 'Job Size must be one of 1, 2, 3, 5, 8, 13, 20.' }],
    ['nothing entered', { 'job-size': ' ' }, { ok: false, criterionId: 'job-size', message: 'Enter at least one score.' }],
    ['one step', { 'job-size': '8' }, { ok: true, payload: { proposalKey: 'IDEA-1', scores: [{ criterionId: 'job-size', value: 8 }] } }],
    [
      'both, in the model’s order',
      { value: '2.5', 'job-size': '13' },
      {
        ok: true,
        payload: {
          proposalKey: 'IDEA-1',
          scores: [
            { criterionId: 'job-size', value: 13 },
            { criterionId: 'value', value: 2.5 },
          ],
        },
      },
    ],
  ] as const)('answers %s with %j', (_name, entered, expected) => {
    expect(checkScoreDraft('IDEA-1', [jobSize, value], entered)).toEqual(expected);
  });
});
