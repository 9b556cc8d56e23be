import { serializeForScript } from '../../../local/dev-server/serialize-for-script';

describe('serializeForScript', () => {
  it.each([
    ['a closing script tag', { name: '</script><script>alert(1)</script>' }],
    ['an HTML comment opener', { name: '<!-- x' }],
    ['line and paragraph separators', { name: 'a\u2028b\u2029c' }],
    ['an ampersand', { name: 'R&D' }],
  ])('keeps %s from ending the script early, and reads back equal', (_name, value) => {
    const text = serializeForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
