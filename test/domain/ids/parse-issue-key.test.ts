import { parseIssueKey } from '../../../src/domain/ids/parse-issue-key';

describe('parseIssueKey', () => {
  it.each([
    ['accepts a plain key', 'PMO-12', 'PMO-12'],
    ['accepts a two-letter project with digits and underscores', 'A1_B-7', 'A1_B-7'],
    ['accepts a ten-character project key', 'ABCDEFGHIJ-1', 'ABCDEFGHIJ-1'],
    ['ignores surrounding whitespace', '  PMO-12\n', 'PMO-12'],
  ])('%s (%j)', (_behaviour, raw, expected) => {
    expect(parseIssueKey(raw)).toBe(expected);
  });

  it.each([
    ['rejects a lower-case key', 'pmo-12'],
    ['rejects issue number zero', 'PMO-0'],
    ['rejects a leading zero', 'PMO-012'],
    ['rejects a one-letter project', 'P-1'],
    ['rejects an eleven-character project', 'ABCDEFGHIJK-1'],
    ['rejects a project starting with a digit', '1PM-3'],
    ['rejects a missing number', 'PMO-'],
    ['rejects a bare project key', 'PMO'],
    ['rejects an empty string', ''],
    ['rejects an inner space', 'PMO -12'],
  ])('%s (%j)', (_behaviour, raw) => {
    expect(parseIssueKey(raw)).toBeNull();
  });
});
