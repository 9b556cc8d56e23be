import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';

const root = resolve(__dirname, '..', '..');

const reportSchema = z.object({
  node: z.string(),
  handlers: z.array(z.object({ handler: z.string(), exportedAs: z.string() })),
  bundle: z.object({ files: z.number(), codeBytes: z.number(), totalBytes: z.number(), archiveBytes: z.number() }),
  resources: z.array(z.object({ key: z.string(), path: z.string(), zipBytes: z.number(), fileCount: z.number() })),
  problems: z.array(z.string()),
});

const manifestSchema = z.object({
  modules: z.object({ function: z.array(z.object({ key: z.string(), handler: z.string() })) }),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
});

describe('the app packaged as forge deploy packages it', () => {
  let report: z.infer<typeof reportSchema>;
  const manifest = manifestSchema.parse(parse(readFileSync(join(root, 'manifest.yml'), 'utf8')));

  beforeAll(async () => {
    if (!existsSync(join(root, 'static', 'build', 'ui', 'index.html'))) {
      throw new Error('static/build is missing: run `npm run build:ui` first (npm test does it).');
    }
    // Its own process: webpack and ts-loader run as the Forge CLI runs them, outside Jest's module sandbox.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check-deployable.ts', '--json'],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      // A packaging problem exits 1 but still prints its report; anything else is rethrown with its output.
      if (typeof error === 'object' && error !== null && 'stdout' in error && typeof error.stdout === 'string' && error.stdout.startsWith('{'))
        return { stdout: error.stdout };
      throw error;
    });
    report = reportSchema.parse(JSON.parse(stdout));
    console.log(
      `Back end bundled by @forge/bundler on Node ${report.node}: ${(report.bundle.codeBytes / 1024).toFixed(0)} KiB of code, ${(report.bundle.archiveBytes / 1024).toFixed(0)} KiB zipped; ${report.resources.map((r) => `${r.key} ${(r.zipBytes / 1024).toFixed(0)} KiB zipped`).join(', ')}`,
    );
  }, 300_000);

  it('bundles the back end with no problem and no bundler warning', () => {
    expect(report.problems).toEqual([]);
  });

  it('exports every handler manifest.yml names as a function of the bundle', () => {
    const named = manifest.modules.function.map((f) => f.handler).sort();
    expect(report.handlers.map((h) => h.handler).sort()).toEqual([...new Set(named)]);
    expect(report.handlers.filter((h) => h.exportedAs !== 'function')).toEqual([]);
  });

  it('zips every Custom UI resource with the Forge resource packager, each from its own folder', () => {
    expect(report.resources.map((r) => r.key).sort()).toEqual(manifest.resources.map((r) => r.key).sort());
    for (const resource of report.resources) expect(resource.fileCount).toBeGreaterThan(1);
  });

  it('ran on the Node major the manifest names for the Forge runtime', () => {
    const runtime = z.object({ app: z.object({ runtime: z.object({ name: z.string() }) }) }).parse(parse(readFileSync(join(root, 'manifest.yml'), 'utf8')));
    expect(`nodejs${report.node.slice(1).split('.')[0] ?? ''}.x`).toBe(runtime.app.runtime.name);
  });
});
