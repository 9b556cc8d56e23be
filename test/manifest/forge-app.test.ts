import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkForgeApp, type ForgeCheckResult } from '../../scripts/lint-forge-app';
import { jiraOpenApiPath, openApiDocumentAvailable } from '../support/find-openapi-document';

const root = resolve(__dirname, '..', '..');
const withDocument = openApiDocumentAvailable();

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'build') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the Forge app', () => {
  (withDocument ? describe : describe.skip)('checked offline with the Forge tooling', () => {
    let result: ForgeCheckResult;
    beforeAll(async () => {
      if (!existsSync(join(root, 'static', 'build', 'ui', 'index.html'))) {
        throw new Error('static/build is missing: run `npm run build:ui` first (npm test does it).');
      }
      result = await checkForgeApp(root, jiraOpenApiPath);
    }, 120_000);

    it('has a manifest that @forge/manifest validates without errors', () => {
      expect(result.manifestErrors).toEqual([]);
    });

    it('passes the client-side linters of @forge/lint (scopes, handlers, storage, deprecated APIs)', () => {
      expect(result.lintErrors).toEqual([]);
    });
  });

  it('uses no part of the retired @forge/ui (UI Kit 1) anywhere', () => {
    const files = ['src', 'static/app', 'local', 'test', 'scripts'].flatMap((d) => filesUnder(join(root, d))).concat(join(root, 'package.json'));
    const offenders = files.filter(
      (f) => /\.(tsx?|jsx?|json)$/.test(f) && !f.endsWith('forge-app.test.ts') && /['"]@forge\/ui['"/]/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('declares the runtime, the compatibility and every module the product needs', () => {
    const manifest = readFileSync(join(root, 'manifest.yml'), 'utf8');
    for (const needle of [
      'nodejs22.x',
      'jira:issuePanel',
      'jira:projectPage',
      'jira:globalPage',
      'jira:adminPage',
      'macro:',
      'trigger:',
      'scheduledTrigger:',
      'consumer:',
      'adfExport',
      'unsafe-inline',
    ]) {
      expect(manifest).toContain(needle);
    }
  });
});
