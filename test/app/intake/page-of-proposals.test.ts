import fc from 'fast-check';
import type { IntakeBoardQuery } from '../../../src/contract/intake-board-query';
import { pageOfProposals } from '../../../src/app/intake/page-of-proposals';

const ranked = [
  { key: 'IDEA-1', program: 'Digital', theme: 'Growth', stage: 'submitted' },
  { key: 'IDEA-2', program: 'Core', theme: 'Compliance', stage: 'screening' },
  { key: 'IDEA-3', program: null, theme: null, stage: 'submitted' },
  { key: 'IDEA-4', program: 'Core', theme: 'Growth', stage: 'deferred' },
];

describe('pageOfProposals', () => {
  it.each<[string, IntakeBoardQuery, string[]]>([
    ['every proposal when no filter is given', {}, ['IDEA-1', 'IDEA-2', 'IDEA-3', 'IDEA-4']],
    ['one program', { program: 'Core' }, ['IDEA-2', 'IDEA-4']],
    ['proposals in no program for program null', { program: null }, ['IDEA-3']],
    ['one theme', { theme: 'Growth' }, ['IDEA-1', 'IDEA-4']],
    ['proposals with no theme for theme null', { theme: null }, ['IDEA-3']],
    ['every filter at once', { program: 'Core', theme: 'Growth', stage: 'deferred' }, ['IDEA-4']],
    ['the open stages for stage "open"', { stage: 'open' }, ['IDEA-1', 'IDEA-2', 'IDEA-3']],
    ['nothing when no proposal is in the stage', { stage: 'rejected' }, []],
    ['a page from an offset, in board order', { offset: 1, limit: 2 }, ['IDEA-2', 'IDEA-3']],
  ])('keeps %s', (_what, query, keys) => {
    expect(pageOfProposals(ranked, query).proposals.map((entry) => entry.key)).toEqual(keys);
  });

  it('counts what matched and what the board holds, whatever the page', () => {
    expect(pageOfProposals(ranked, { program: 'Core', offset: 1, limit: 1 }).page).toEqual({ offset: 1, limit: 1, matching: 2, total: 4 });
    expect(pageOfProposals(ranked, { limit: 2 }).page).toEqual({ offset: 0, limit: 2, matching: 4, total: 4 });
  });

  it('walks every matching proposal exactly once, in order, page by page', () => {
    const stages = ['submitted', 'screening', 'approved'] as const;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stages), { maxLength: 60 }), fc.integer({ min: 1, max: 15 }), (stageList, limit) => {
        const board = stageList.map((stage, index) => ({ key: `K-${String(index)}`, program: null, theme: null, stage }));
        const walked: string[] = [];
        for (let offset = 0; offset < board.length + limit; offset += limit)
          walked.push(...pageOfProposals(board, { stage: 'open', offset, limit }).proposals.map((entry) => entry.key));
        expect(walked).toEqual(board.filter((entry) => entry.stage !== 'approved').map((entry) => entry.key));
      }),
    );
  });
});
