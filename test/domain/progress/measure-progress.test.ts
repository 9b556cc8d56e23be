import { measureProgress } from '../../../src/domain/progress/measure-progress';
import { aWorkItem } from '../builders/a-work-item';

describe('measureProgress', () => {
  it.each([
    [
      'counts done work items and their story points',
      [
        aWorkItem({ key: 'PR-1', statusCategory: 'done', estimate: { storyPoints: 3 } }),
        aWorkItem({ key: 'PR-2', statusCategory: 'indeterminate', estimate: { storyPoints: 5 } }),
      ],
      { byCount: { done: 1, total: 2, ratio: 0.5 }, byEstimate: { done: 3, total: 8, ratio: 0.375 } },
    ],
    [
      'leaves RAID items out of progress',
      [aWorkItem({ key: 'PR-1', statusCategory: 'done' }), aWorkItem({ key: 'PR-2', issueType: 'Risk', estimate: { storyPoints: 8 } })],
      { byCount: { done: 1, total: 1, ratio: 1 }, byEstimate: { done: 0, total: 0, ratio: null } },
    ],
    [
      'counts unestimated items by count only',
      [aWorkItem({ key: 'PR-1', statusCategory: 'done' }), aWorkItem({ key: 'PR-2', estimate: { storyPoints: 2 } })],
      { byCount: { done: 1, total: 2, ratio: 0.5 }, byEstimate: { done: 0, total: 2, ratio: 0 } },
    ],
    [
      'ignores negative story points',
      [aWorkItem({ key: 'PR-1', statusCategory: 'done', estimate: { storyPoints: -3 } }), aWorkItem({ key: 'PR-2', estimate: { storyPoints: 1 } })],
      { byCount: { done: 1, total: 2, ratio: 0.5 }, byEstimate: { done: 0, total: 1, ratio: 0 } },
    ],
    ['answers null ratios when there is no work', [], { byCount: { done: 0, total: 0, ratio: null }, byEstimate: { done: 0, total: 0, ratio: null } }],
  ])('%s', (_behaviour, items, expected) => {
    expect(measureProgress(items)).toEqual(expected);
  });
});
