import { parseAccountId } from '../../../src/domain/ids/parse-account-id';

describe('parseAccountId', () => {
  it.each([
    ['accepts a 24-character hexadecimal id', '5b10ac8d82e05b22cc7d4ef5'],
    ['accepts a prefixed id with a UUID', '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077'],
    ['accepts 128 characters', 'a'.repeat(128)],
  ])('%s', (_behaviour, raw) => {
    expect(parseAccountId(raw)).toBe(raw);
  });

  it.each([
    ['rejects an empty string', ''],
    ['rejects only whitespace', '   '],
    ['rejects 129 characters', 'a'.repeat(129)],
    ['rejects an inner space', 'abc def'],
    ['rejects non-ASCII characters', 'abcé'],
  ])('%s', (_behaviour, raw) => {
    expect(parseAccountId(raw)).toBeNull();
  });

  it('trims surrounding whitespace', () => {
    expect(parseAccountId(' abc ')).toBe('abc');
  });
});
