import { summarizeGates } from '../../../src/domain/schedule/summarize-gates';
import { aWorkItem } from '../builders/a-work-item';

describe('summarizeGates', () => {
  it.each([
    ['counts a done Gate as passed', [aWorkItem({ issueType: 'Gate', statusCategory: 'done' })], { total: 1, passed: 1 }],
    ['counts an open Gate as not passed', [aWorkItem({ issueType: 'Gate', statusCategory: 'indeterminate' })], { total: 1, passed: 0 }],
    ['counts an item labelled gate', [aWorkItem({ issueType: 'Task', labels: ['gate'], statusCategory: 'done' })], { total: 1, passed: 1 }],
    ['matches the type without regard to case', [aWorkItem({ issueType: 'GATE' })], { total: 1, passed: 0 }],
    ['ignores other items', [aWorkItem({ issueType: 'Milestone', statusCategory: 'done' })], { total: 0, passed: 0 }],
  ])('%s', (_behaviour, items, expected) => {
    expect(summarizeGates(items)).toEqual(expected);
  });
});
