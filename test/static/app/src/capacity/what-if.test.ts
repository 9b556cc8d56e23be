import { checkWhatIfDraft } from '../../../../../static/app/src/capacity/check-what-if-draft';
import { listWhatIfCandidates } from '../../../../../static/app/src/capacity/list-what-if-candidates';
import { aProposal } from '../intake/a-proposal';

const candidates = listWhatIfCandidates([
  aProposal('IDEA-1', { stage: 'submitted' }),
  aProposal('IDEA-2', { stage: 'screening', program: 'Core', capacityPlan: { estimate: 13, unit: 'story-points', quarter: '2027-Q2' } }),
  aProposal('IDEA-3', { stage: 'approved' }),
  aProposal('IDEA-4', { stage: 'deferred' }),
  aProposal('IDEA-5', { stage: 'screening', program: null }),
]);

describe('listWhatIfCandidates', () => {
  it('offers only proposals under consideration (submitted or screening), keeping a missing program missing', () => {
    expect(candidates.map((candidate) => `${candidate.key} ${candidate.program ?? '-'}`)).toEqual(['IDEA-1 Digital', 'IDEA-2 Core', 'IDEA-5 -']);
  });

  it("carries the estimate and first quarter the proposal's issue plans, null where it has none", () => {
    expect(candidates.map((candidate) => [candidate.key, candidate.estimate, candidate.quarter])).toEqual([
      ['IDEA-1', null, null],
      ['IDEA-2', 13, '2027-Q2'],
      ['IDEA-5', null, null],
    ]);
  });
});

describe('checkWhatIfDraft', () => {
  it('sends only the ticked proposals, each in its program with its estimate and quarter', () => {
    expect(
      checkWhatIfDraft(candidates, {
        'IDEA-1': { ticked: false, estimate: 'x', quarter: '', program: null },
        'IDEA-2': { ticked: true, estimate: ' 20 ', quarter: '2027-q2', program: 'Digital' },
        'IDEA-5': { ticked: true, estimate: '8', quarter: '2027-Q3', program: 'Digital' },
      }),
    ).toEqual({
      ok: true,
      payload: {
        proposals: [
          { id: 'IDEA-2', program: 'Core', estimate: 20, runs: { kind: 'quarters', quarters: ['2027-Q2'] } },
          { id: 'IDEA-5', program: 'Digital', estimate: 8, runs: { kind: 'quarters', quarters: ['2027-Q3'] } },
        ],
        selectedIds: ['IDEA-2', 'IDEA-5'],
      },
    });
  });

  it.each([
    ['an empty estimate', '', '2027-Q1', 'estimate'],
    ['a word for an estimate', 'lots', '2027-Q1', 'estimate'],
    ['a negative estimate', '-3', '2027-Q1', 'estimate'],
    ['a quarter that is not one', '12', '2027-Q5', 'quarter'],
  ])('refuses %s before asking, naming the field', (_name, estimate, quarter, field) => {
    expect(checkWhatIfDraft(candidates, { 'IDEA-1': { ticked: true, estimate, quarter, program: null } })).toMatchObject({ ok: false, key: 'IDEA-1', field });
  });

  it('asks for a program for a proposal whose project is in none', () => {
    expect(checkWhatIfDraft(candidates, { 'IDEA-5': { ticked: true, estimate: '3', quarter: '2027-Q1', program: null } })).toEqual({
      ok: false,
      key: 'IDEA-5',
      field: 'program',
      message: 'Choose the program IDEA-5 would land in.',
    });
  });

  it('sends an empty scenario when nothing is ticked', () => {
    expect(checkWhatIfDraft(candidates, {})).toEqual({ ok: true, payload: { proposals: [], selectedIds: [] } });
  });
});
