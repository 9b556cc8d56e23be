import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';

describe('parseProjectKey', () => {
  it.each([
    ['accepts a two-letter key', 'PM', 'PM'],
    ['accepts letters, digits and underscores after the first letter', 'P2_X', 'P2_X'],
    ['accepts ten characters', 'ABCDEFGHIJ', 'ABCDEFGHIJ'],
    ['ignores surrounding whitespace', ' PMO ', 'PMO'],
  ])('%s (%j)', (_behaviour, raw, expected) => {
    expect(parseProjectKey(raw)).toBe(expected);
  });

  it.each([
    ['rejects one letter', 'P'],
    ['rejects eleven characters', 'ABCDEFGHIJK'],
    ['rejects a leading digit', '1PMO'],
    ['rejects a leading underscore', '_PMO'],
    ['rejects lower case', 'pmo'],
    ['rejects an issue key', 'PMO-1'],
    ['rejects an empty string', ''],
  ])('%s (%j)', (_behaviour, raw) => {
    expect(parseProjectKey(raw)).toBeNull();
  });
});
