import fc from 'fast-check';
import { rankProposals } from '../../../src/domain/intake/rank-proposals';
import type { RankableProposal } from '../../../src/domain/intake/rankable-proposal';
import { aProposal } from './builders/a-proposal';

/** Few distinct scores and days, so ties on score and on submission are common. */
const proposalsArbitrary = fc
  .uniqueArray(
    fc.record({
      project: fc.constantFrom('INT', 'ADM', 'OPS'),
      number: fc.integer({ min: 1, max: 200 }),
      score: fc.option(fc.constantFrom(0, 1.5, 2, 6.5, 13), { nil: null }),
      day: fc.integer({ min: 1, max: 4 }),
    }),
    { selector: (p) => `${p.project}-${String(p.number)}`, maxLength: 40 },
  )
  .map((records) => records.map((p) => aProposal(`${p.project}-${String(p.number)}`, p.score, `2026-03-0${String(p.day)}T09:00:00.000Z`)));

const withShuffle = proposalsArbitrary.chain((proposals) =>
  fc.tuple(fc.constant(proposals), fc.shuffledSubarray(proposals, { minLength: proposals.length, maxLength: proposals.length })),
);

const summary = (proposals: readonly RankableProposal[]) => rankProposals(proposals).map((r) => [r.proposal.key, r.rank, r.tied, r.unscoredBecause]);

describe('rankProposals, for any proposals', () => {
  it('returns a permutation: every proposal given, once each', () => {
    fc.assert(
      fc.property(proposalsArbitrary, (proposals) => {
        const ranked = rankProposals(proposals).map((r) => r.proposal);
        expect(ranked).toHaveLength(proposals.length);
        expect(new Set(ranked)).toEqual(new Set(proposals));
      }),
    );
  });

  it('does not depend on the order the proposals arrive in', () => {
    fc.assert(
      fc.property(withShuffle, ([proposals, shuffled]) => {
        expect(summary(shuffled)).toEqual(summary(proposals));
      }),
    );
  });

  it('never lets a score rise down the board, nor a rank fall', () => {
    fc.assert(
      fc.property(proposalsArbitrary, (proposals) => {
        const scored = rankProposals(proposals).filter((r) => r.rank !== null);
        scored.slice(1).forEach((r, index) => {
          const above = scored[index]!;
          expect(r.proposal.scored.score!).toBeLessThanOrEqual(above.proposal.scored.score!);
          expect(r.rank!).toBeGreaterThanOrEqual(above.rank!);
        });
      }),
    );
  });

  it('never puts an unscored proposal above a scored one', () => {
    fc.assert(
      fc.property(proposalsArbitrary, (proposals) => {
        const ranks = rankProposals(proposals).map((r) => r.rank);
        const firstUnscored = ranks.indexOf(null);
        if (firstUnscored >= 0) expect(ranks.slice(firstUnscored).every((rank) => rank === null)).toBe(true);
      }),
    );
  });

  it('ranks each scored proposal one below the number of proposals that score strictly higher', () => {
    fc.assert(
      fc.property(proposalsArbitrary, (proposals) => {
        for (const r of rankProposals(proposals)) {
          const score = r.proposal.scored.score;
          if (score === null) continue;
          const higher = proposals.filter((p) => p.scored.score !== null && p.scored.score > score).length;
          const equal = proposals.filter((p) => p.scored.score === score).length;
          expect([r.rank, r.tied]).toEqual([higher + 1, equal > 1]);
        }
      }),
    );
  });
});
