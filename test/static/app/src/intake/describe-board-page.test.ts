import { describeBoardPage } from '../../../../../static/app/src/intake/describe-board-page';

describe('describeBoardPage', () => {
  it.each([
    [
      'a middle page of a filtered board',
      { offset: 100, limit: 100, matching: 240, total: 5013 },
      100,
      'Showing 101–200 of 240 matching proposals (5,013 in all).',
    ],
    ['the last, partly filled page', { offset: 200, limit: 100, matching: 240, total: 240 }, 40, 'Showing 201–240 of 240 matching proposals.'],
    ['a board that fits on one page', { offset: 0, limit: 100, matching: 13, total: 13 }, 13, 'Showing all 13 matching proposals.'],
    ['one match among many', { offset: 0, limit: 100, matching: 1, total: 13 }, 1, 'Showing all 1 matching proposal (13 in all).'],
    ['a filter nothing matches', { offset: 0, limit: 100, matching: 0, total: 13 }, 0, 'No proposal matches (13 in all).'],
    ['a page past the end (the board shrank meanwhile)', { offset: 300, limit: 100, matching: 240, total: 240 }, 0, 'No more proposals: 240 match.'],
  ])('describes %s', (_what, page, shown, words) => {
    expect(describeBoardPage(page, shown)).toBe(words);
  });
});
