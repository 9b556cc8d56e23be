import { pagesNeeded } from '../../../scripts/bench/pages-needed';

describe('pagesNeeded', () => {
  it.each([
    ['needs nothing for no projects', [], 0],
    ['needs nothing for a project without issues', [0], 0],
    ['needs one page for a single issue', [1], 1],
    ['needs one page for exactly 100 issues', [100], 1],
    ['needs a second page for the 101st issue', [101], 2],
    ['adds the pages of each project, rounding up per project', [250, 100, 1], 5],
  ])('%s', (_name, counts, expected) => {
    expect(pagesNeeded(counts)).toBe(expected);
  });
});
