import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const root = resolve(__dirname, '..', '..');

describe('the Node the tests run on', () => {
  it('is the major version of the Forge runtime manifest.yml names', () => {
    const manifest = z
      .object({ app: z.object({ runtime: z.object({ name: z.string().regex(/^nodejs\d+\.x$/) }) }) })
      .parse(parse(readFileSync(join(root, 'manifest.yml'), 'utf8')));
    const major = process.versions.node.split('.')[0];
    console.log(`Back-end tests run on Node ${process.version}; the manifest names ${manifest.app.runtime.name}.`);
    expect(`nodejs${major ?? ''}.x`).toBe(manifest.app.runtime.name);
  });

  it('is the version package.json pins as the node dependency, so npm install brings it', () => {
    const pkg = z.object({ devDependencies: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')));
    expect(pkg.devDependencies.node).toBe(process.versions.node);
  });
});
