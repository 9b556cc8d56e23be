import { escapeHtml } from '../../../local/dev-server/escape-html';

describe('escapeHtml', () => {
  it.each([
    ['R&D <"core">', 'R&amp;D &lt;&quot;core&quot;&gt;'],
    ["O'Brien", 'O&#39;Brien'],
    ['plain', 'plain'],
  ])('escapes %s', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});
