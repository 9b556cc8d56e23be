import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const testRoot = join(root, 'test');

/** Suites that test the app as a whole rather than one folder of it; anything may sit inside them. */
const wholeAppSuites = ['architecture', 'browser', 'fixtures', 'manifest', 'support', 'trust'];

/** Folders of shared test helpers that may sit anywhere in a mirrored tree. */
const helperFolders = ['arbitraries', 'builders', 'support'];

/** Where a mirrored test folder's sources live: test/domain/rag mirrors src/domain/rag, test/local/cli local/cli. */
function sourceFolderOf(testFolder: string): string {
  const [top = '', ...rest] = testFolder.split('/');
  return ['static', 'local', 'scripts'].includes(top) ? join(top, ...rest) : join('src', top, ...rest);
}

function testFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return [relative(testRoot, path), ...testFolders(path)];
    });
}

describe('the test tree', () => {
  const mirrored = testFolders(testRoot).filter((folder) => {
    const parts = folder.split('/');
    return !wholeAppSuites.includes(parts[0] ?? '') && !parts.some((part) => helperFolders.includes(part));
  });

  it('mirrors the sources: every test folder outside the whole-app suites has a source folder of the same path', () => {
    expect(mirrored.filter((folder) => !existsSync(join(root, sourceFolderOf(folder))))).toEqual([]);
  });

  it.each([
    ['domain/rag', 'src/domain/rag'],
    ['static/app/src/admin', 'static/app/src/admin'],
    ['local/cli', 'local/cli'],
    ['scripts/load', 'scripts/load'],
  ])('reads test/%s as the tests of %s', (testFolder, sourceFolder) => {
    expect(sourceFolderOf(testFolder)).toBe(sourceFolder);
  });
});
