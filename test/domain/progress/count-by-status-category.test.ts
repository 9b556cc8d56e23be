import { countByStatusCategory } from '../../../src/domain/progress/count-by-status-category';

describe('countByStatusCategory', () => {
  it.each([
    ['counts each category and the total', ['new', 'indeterminate', 'done', 'done'], { total: 4, new: 1, indeterminate: 1, done: 2 }],
    ['answers zeros for no items', [], { total: 0, new: 0, indeterminate: 0, done: 0 }],
  ] as const)('%s', (_behaviour, categories, expected) => {
    expect(countByStatusCategory(categories.map((statusCategory) => ({ statusCategory })))).toEqual(expected);
  });
});
