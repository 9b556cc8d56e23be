import { projectKeyOf } from '../../../src/domain/ids/project-key-of';
import { anIssueKey } from '../builders/an-issue-key';

describe('projectKeyOf', () => {
  it.each([
    ['takes the part before the hyphen', 'PMO-12', 'PMO'],
    ['keeps underscores and digits of the project key', 'A1_B-7', 'A1_B'],
  ])('%s (%s)', (_behaviour, key, expected) => {
    expect(projectKeyOf(anIssueKey(key))).toBe(expected);
  });
});
