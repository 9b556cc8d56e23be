/**
 * Offline Forge checks: the manifest against @forge/manifest's schema and rules, then the client-side linters of
 * @forge/lint (scopes against the Jira OpenAPI document, handlers, storage, deprecated APIs). `forge lint` itself
 * needs a login; called as a library with local OpenAPI documents it needs none.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { validate } from '@forge/manifest';
import { lint, type LintLogger } from '@forge/lint';
import type { StatsigService } from '@forge/cli-shared';
import type { ManifestSchema } from '@forge/manifest';

export interface ForgeCheckResult {
  readonly manifestErrors: readonly string[];
  readonly lintErrors: readonly string[];
  readonly lintWarnings: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

export async function checkForgeApp(root: string, jiraOpenApiPath: string): Promise<ForgeCheckResult> {
  const previous = process.cwd();
  process.chdir(root);
  try {
    const result = await validate(false, 'manifest.yml');
    const manifestErrors = (result.errors ?? []).map((e) => `${e.message} (line ${String(e.line ?? '?')})`);
    if (!result.success || !result.manifestObject) return { manifestErrors, lintErrors: [], lintWarnings: [] };

    const empty = join(mkdtempSync(join(tmpdir(), 'pmo-openapi-')), 'empty.json');
    writeFileSync(empty, JSON.stringify({ paths: {} }));
    Object.assign(process.env, {
      USE_LOCAL_SWAGGER: 'true',
      LOCAL_JIRA_SWAGGER: jiraOpenApiPath,
      LOCAL_JSM_SWAGGER: empty,
      LOCAL_JSW_SWAGGER: empty,
      LOCAL_CONF_SWAGGER: empty,
      LOCAL_CONF_V2_SWAGGER: empty,
      LOCAL_BB_SWAGGER: empty,
    });
    const files = sourceFiles(resolve(root, 'src')).map((f) => relative(root, f));
    const logger: LintLogger = { info: () => undefined };
    // The client-side linters ask the feature-flag service one thing only, the deprecated runtimes; offline there are none.
    const statsig = { getDeprecatedRuntimes: () => Promise.resolve([]) } as unknown as StatsigService;
    const manifest = result.manifestObject.typedContent as ManifestSchema;
    const results = await lint(files, manifest, 'development', logger, statsig, { linter: { mode: 'client-side' } });
    const lintErrors = results.flatMap((r) => r.errors.map((e) => `${r.file}:${e.line}: ${e.message}`));
    const lintWarnings = results.flatMap((r) => r.warnings.map((e) => `${r.file}:${e.line}: ${e.message}`));
    return { manifestErrors, lintErrors, lintWarnings };
  } finally {
    process.chdir(previous);
  }
}
