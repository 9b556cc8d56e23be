/**
 * Packages the app as `forge deploy` does, with Atlassian's own packaging code, and checks the result:
 *   npx tsx scripts/check-deployable.ts [--json]
 * The back end is bundled by @forge/bundler (webpack + ts-loader on tsconfig.json) and zipped by @forge/cli's
 * RuntimeBundler; every handler manifest.yml names must be an exported function of the bundle; any bundler warning
 * fails. Each Custom UI resource is zipped by @forge/cli's ResourcePackagingService (build the UI first:
 * `npm run build:ui`), and no resource folder may lie inside another. Exits 1 on any problem.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBundledHandlers } from './deploy/check-bundled-handlers';
import { findOverlappingResources } from './deploy/find-overlapping-resources';
import { measureBundle } from './deploy/measure-bundle';
import { packageBackend } from './deploy/package-backend';
import { packageResources } from './deploy/package-resources';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const unpackedDir = mkdtempSync(path.join(os.tmpdir(), 'pmo-forge-package-'));
  try {
    const backend = await packageBackend(path.join(__dirname, 'deploy', 'forge-runtime-stand-in'), unpackedDir);
    const handlers = checkBundledHandlers(unpackedDir, backend.handlers);
    const bundle = measureBundle(unpackedDir);
    const resources = await packageResources();
    const overlaps = findOverlappingResources(resources);
    const problems = [
      ...backend.warnings.map((warning) => `bundler warning: ${warning}`),
      ...handlers
        .filter((h) => h.exportedAs !== 'function')
        .map((h) => `handler ${h.handler} is not an exported function of the bundle (found: ${h.exportedAs})`),
      ...overlaps.map((o) => `resource "${o.inner}" lies inside resource "${o.outer}", so its files would be packaged twice`),
    ];
    const report = { node: process.version, handlers, bundle: { ...bundle, archiveBytes: backend.archiveBytes }, resources, problems };
    if (json) console.log(JSON.stringify(report));
    else {
      console.log(`Packaged as forge deploy does (Node ${process.version}):`);
      for (const h of handlers) console.log(`  handler ${h.handler}: ${h.exportedAs}`);
      console.log(
        `  back end: ${bundle.files} files, bundled code ${kib(bundle.codeBytes)} (${kib(bundle.totalBytes)} with source maps), zip ${kib(backend.archiveBytes)}`,
      );
      for (const r of resources) console.log(`  resource ${r.key} (${r.path}): ${r.fileCount} files, zip ${kib(r.zipBytes)}`);
      for (const p of problems) console.log(`PROBLEM: ${p}`);
    }
    return problems.length === 0 ? 0 : 1;
  } finally {
    rmSync(unpackedDir, { recursive: true, force: true });
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
