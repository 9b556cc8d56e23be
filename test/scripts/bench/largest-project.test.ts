import { largestProject } from '../../../scripts/bench/largest-project';

describe('largestProject', () => {
  it.each([
    ['answers null for no issues', [], null],
    ['answers the project with the most issues', ['PMO-1', 'CRM-7', 'CRM-8'], { key: 'CRM', issues: 2 }],
    ['keeps the first-seen project on a tie', ['PMO-1', 'CRM-7', 'CRM-8', 'PMO-2'], { key: 'PMO', issues: 2 }],
  ])('%s', (_name, keys, expected) => {
    expect(largestProject(keys)).toEqual(expected);
  });
});
