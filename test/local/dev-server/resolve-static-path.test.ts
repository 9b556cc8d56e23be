import { resolveStaticPath } from '../../../local/dev-server/resolve-static-path';

const root = '/srv/app/static/build';

describe('resolveStaticPath', () => {
  it.each([
    ['main.js', '/srv/app/static/build/main.js'],
    ['config/index.html', '/srv/app/static/build/config/index.html'],
    ['chunks/atlassian-light-ABC.js', '/srv/app/static/build/chunks/atlassian-light-ABC.js'],
    ['icon%2Esvg', '/srv/app/static/build/icon.svg'],
  ])('finds %s inside the build folder', (name, expected) => {
    expect(resolveStaticPath(root, name)).toBe(expected);
  });

  it.each([
    ['a parent segment', '../package.json'],
    ['an encoded parent segment', '%2e%2e/package.json'],
    ['an encoded separator', '..%2Fpackage.json'],
    ['a parent segment deeper down', 'config/../../secret'],
    ['an absolute path', '%2Fetc%2Fpasswd'],
    ['a backslash', '..%5Cpackage.json'],
    ['a NUL byte', 'main.js%00.png'],
    ['a malformed escape', '%E0%A4%A'],
    ['the folder itself', ''],
    ['a dot segment', './main.js'],
  ])('refuses %s', (_name, name) => {
    expect(resolveStaticPath(root, name)).toBeNull();
  });
});
