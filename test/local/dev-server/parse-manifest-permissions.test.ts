import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Permissions } from '@forge/manifest';
import { parseManifestPermissions } from '../../../local/dev-server/parse-manifest-permissions';

const projectManifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');

describe('parseManifestPermissions', () => {
  it('reads the app manifest as asking for inline styles and nothing external', () => {
    expect(parseManifestPermissions(projectManifest)).toEqual({ content: { styles: ['unsafe-inline'] } });
  });

  it.each<[string, string, Permissions]>([
    ['no permissions at all', 'app:\n  id: x\n', {}],
    ['scopes only', 'permissions:\n  scopes:\n    - read:jira-work\n', {}],
    [
      'inline scripts and a hash',
      "permissions:\n  content:\n    scripts: [unsafe-inline, 'sha256-abc']\n",
      { content: { scripts: ['unsafe-inline', 'sha256-abc'] } },
    ],
    [
      'egress objects, which become their addresses',
      'permissions:\n  external:\n    images:\n      - address: https://img.example.com\n        category: analytics\n    fonts: [https://fonts.example.com]\n',
      { external: { images: ['https://img.example.com'], fonts: ['https://fonts.example.com'] } },
    ],
    [
      'a fetch client naming a remote, which becomes its base URL',
      'remotes:\n  - key: api\n    baseUrl: https://api.example.com\npermissions:\n  external:\n    fetch:\n      client:\n        - remote: api\n        - https://other.example.com\n',
      { external: { fetch: { client: ['https://api.example.com', 'https://other.example.com'] } } },
    ],
  ])('reads a manifest with %s', (_name, yaml, expected) => {
    expect(parseManifestPermissions(yaml)).toEqual(expected);
  });

  it.each([
    ['a style source Forge does not offer', 'permissions:\n  content:\n    styles: [unsafe-eval]\n', /permissions\.content\.styles\.0/],
    ['a fetch client naming an undeclared remote', 'permissions:\n  external:\n    fetch:\n      client:\n        - remote: nowhere\n', /remote "nowhere"/],
    ['external sources that are not a list', 'permissions:\n  external:\n    scripts: https://cdn.example.com\n', /permissions\.external\.scripts/],
  ])('refuses %s, naming the problem', (_name, yaml, message) => {
    expect(() => parseManifestPermissions(yaml)).toThrow(message);
  });
});
