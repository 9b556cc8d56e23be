import { relatedIssuesJql } from '../../src/app/related-issues-jql';
import { anIssueKey } from '../domain/builders/an-issue-key';

describe('relatedIssuesJql', () => {
  it.each([
    ['asks for the links and children of the issue and of its parent', 'CORE-2', 'CORE-1', 'issue in linkedIssues("CORE-2") OR parent = "CORE-2" OR issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC'],
    ['asks only about the issue when it has no parent', 'CORE-1', null, 'issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC'],
  ])('%s', (_behaviour, key, parent, expected) => {
    expect(relatedIssuesJql(anIssueKey(key), parent === null ? null : anIssueKey(parent))).toBe(expected);
  });
});
