/**
 * Builds the Custom UI into static/build/ui (resource `ui`) and static/build/config (resource `report-config`, the
 * macro's settings page). Forge zips each resource folder on its own, so the two are siblings (a folder inside another
 * would be packaged twice) and the config folder holds its own copies.
 *
 *   npx tsx scripts/build-ui.ts
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { macroConfigMarker } from '../static/app/src/routing/module-keys';
import { renderIndexHtml } from '../static/app/render-index-html';

const root = resolve(__dirname, '..');
const buildDir = join(root, 'static', 'build');
const outDir = join(buildDir, 'ui');
const configDir = join(buildDir, 'config');

async function buildUi(): Promise<void> {
  const started = performance.now();
  rmSync(buildDir, { recursive: true, force: true });

  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'static/app/src/main.tsx' },
    outdir: outDir,
    bundle: true,
    minify: true,
    // ES modules with splitting: the design-token themes that @atlaskit loads on demand become chunks a page only
    // downloads when it asks for them, instead of weighing on every first load.
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });

  // platform 'browser' already refuses Node built-ins; this also catches one that a package maps away or shims.
  const nodeOnly = Object.keys(result.metafile.inputs).filter((input) => /^(node:|\(disabled\):)/.test(input));
  if (nodeOnly.length > 0) throw new Error(`The UI bundle pulls in Node-only modules: ${nodeOnly.join(', ')}`);

  const outputs = Object.keys(result.metafile.outputs).map((file) => relative(outDir, resolve(root, file)));
  const hasCss = outputs.includes('main.css');
  copyFileSync(join(root, 'static', 'icon.svg'), join(outDir, 'icon.svg'));
  writeFileSync(join(outDir, 'index.html'), renderIndexHtml({ hasCss, surfaceMarker: null }));

  for (const file of [...outputs, 'icon.svg']) {
    mkdirSync(dirname(join(configDir, file)), { recursive: true });
    copyFileSync(join(outDir, file), join(configDir, file));
  }
  writeFileSync(join(configDir, 'index.html'), renderIndexHtml({ hasCss, surfaceMarker: macroConfigMarker }));

  const kib = (file: string) => `${((result.metafile.outputs[relative(root, join(outDir, file))]?.bytes ?? 0) / 1024).toFixed(0)} KiB`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Built the UI in ${seconds} s: main.js ${kib('main.js')}${hasCss ? `, main.css ${kib('main.css')}` : ''}, ${outputs.length} files in ${relative(root, outDir)} and a copy in ${relative(root, configDir)}.`,
  );
  if (!existsSync(join(configDir, 'main.js'))) throw new Error('The config resource was not written.');
}

buildUi().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
