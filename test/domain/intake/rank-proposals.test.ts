import { rankProposals } from '../../../src/domain/intake/rank-proposals';
import { aProposal } from './builders/a-proposal';

const board = (ranked: ReturnType<typeof rankProposals>) =>
  ranked.map((r) => `${r.rank === null ? '-' : String(r.rank)}${r.tied ? '=' : ''} ${r.proposal.key}`);

describe('rankProposals', () => {
  it('puts the highest score first', () => {
    expect(board(rankProposals([aProposal('INT-1', 2), aProposal('INT-2', 6.5), aProposal('INT-3', 4)]))).toEqual(['1 INT-2', '2 INT-3', '3 INT-1']);
  });

  it.each<[string, ReturnType<typeof aProposal>[], string[]]>([
    [
      'the earlier submitted first',
      [aProposal('INT-1', 5, '2026-03-03T09:00:00.000Z'), aProposal('INT-2', 5, '2026-03-01T09:00:00.000Z')],
      ['1= INT-2', '1= INT-1'],
    ],
    [
      'then the issue key in natural order (INT-9 before INT-10)',
      [aProposal('INT-10', 5), aProposal('INT-9', 5), aProposal('ADM-20', 5)],
      ['1= ADM-20', '1= INT-9', '1= INT-10'],
    ],
    [
      'sharing the rank and skipping the next (1, 2, 2, 4)',
      [aProposal('INT-4', 1), aProposal('INT-3', 3), aProposal('INT-2', 3), aProposal('INT-1', 9)],
      ['1 INT-1', '2= INT-2', '2= INT-3', '4 INT-4'],
    ],
  ])('breaks ties by a fixed rule: %s', (_rule, proposals, expected) => {
    expect(board(rankProposals(proposals))).toEqual(expected);
  });

  it('lists unscored proposals last, without a rank, each with why, by the same tie rule', () => {
    const ranked = rankProposals([
      aProposal('INT-5', null, '2026-03-02T09:00:00.000Z', 'Job Size is 0, and WSJF divides by it'),
      aProposal('INT-6', 0),
      aProposal('INT-7', null, '2026-03-01T09:00:00.000Z', 'missing Business Value'),
    ]);
    expect(ranked.map((r) => [r.proposal.key, r.rank, r.unscoredBecause])).toEqual([
      ['INT-6', 1, null],
      ['INT-7', null, 'missing Business Value'],
      ['INT-5', null, 'Job Size is 0, and WSJF divides by it'],
    ]);
  });

  it('counts a score of 0 as a score, above every unscored proposal', () => {
    expect(board(rankProposals([aProposal('INT-1', null), aProposal('INT-2', 0)]))).toEqual(['1 INT-2', '- INT-1']);
  });

  it('treats a score that is not finite as unscored, saying so', () => {
    const [ranked] = rankProposals([{ ...aProposal('INT-1', 3), scored: { score: Number.NaN, reason: null } }]);
    expect(ranked).toMatchObject({ rank: null, unscoredBecause: 'the score is not a finite number' });
  });

  it('leaves the list it was given as it was', () => {
    const proposals = [aProposal('INT-1', 1), aProposal('INT-2', 2)];
    rankProposals(proposals);
    expect(proposals.map((p) => p.key)).toEqual(['INT-1', 'INT-2']);
  });

  it('answers an empty board for no proposals', () => {
    expect(rankProposals([])).toEqual([]);
  });
});
