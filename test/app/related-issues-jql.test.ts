import { relatedIssuesJql } from '../../src/app/related-issues-jql';
import { anIssueKey } from '../domain/builders/an-issue-key';

describe('relatedIssuesJql', () => {
  it.each([
    [
      'asks for the links and children of the issue and of its parent',
      'CORE-2',
      'CORE-1',
      'issue in linkedIssues("CORE-2") OR parent = "CORE-2" OR issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC',
    ],
    ['asks only about the issue when it has no parent', 'CORE-1', null, 'issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC'],
  ])('%s', (_behaviour, key, parent, expected) => {
    expect(relatedIssuesJql(anIssueKey(key), parent === null ? null : anIssueKey(parent))).toBe(expected);
  });

  it('asks for the parent itself too for a sub-task, so its grandparent is known from the same search', () => {
    expect(relatedIssuesJql(anIssueKey('CORE-3'), anIssueKey('CORE-2'), { includeParent: true })).toBe(
      'issue in linkedIssues("CORE-3") OR parent = "CORE-3" OR issue in linkedIssues("CORE-2") OR parent = "CORE-2" OR key = "CORE-2" ORDER BY key ASC',
    );
  });
});
