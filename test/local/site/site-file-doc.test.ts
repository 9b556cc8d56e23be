import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { siteFileSchema } from '../../../local/site/site-file-schema';
import { checkSiteLaw, siteLaws } from '../demo/check-site-laws';
import { runPmoCaptured } from '../cli/support/run-pmo-captured';

// docs/site-file.md shows one complete site file; these tests load it with the real loader so the page cannot drift.
const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'site-file.md'), 'utf8');
const jsonBlocks = [...doc.matchAll(/^```json\n([^]*?)^```$/gm)].map((match) => match[1] ?? '');
const dir = mkdtempSync(join(tmpdir(), 'site-file-doc-'));
const exampleFile = join(dir, 'example.json');
writeFileSync(exampleFile, jsonBlocks[0] ?? '');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const portfolioKeys = z.object({ totals: z.object({ projectKeys: z.array(z.string()) }) });
const now = '2026-11-20T12:00:00Z';

describe('docs/site-file.md', () => {
  it('holds exactly one JSON example, which the site loader accepts', () => {
    expect(jsonBlocks).toHaveLength(1);
    const site = loadSiteFile(exampleFile);
    expect(site.projects.map((p) => p.key)).toEqual(['SHOP', 'OPS']);
    expect(site.issues.map((i) => i.key)).toEqual(['SHOP-1', 'SHOP-2', 'SHOP-3', 'SHOP-4', 'SHOP-5', 'OPS-1']);
  });

  it.each(siteLaws)('shows an example that obeys "%s"', (law) => {
    expect(checkSiteLaw(loadSiteFile(exampleFile), law)).toEqual([]);
  });

  it.each(Object.keys(siteFileSchema.shape))('documents the top-level key `%s`', (key) => {
    expect(doc).toContain(`| \`${key}\` |`);
  });

  it.each([
    ['ada', ['OPS', 'SHOP']],
    ['rita', ['SHOP']],
  ])('gives a roll-up that pmo prints for %s with projects %j, as the page says', async (as, keys) => {
    const result = await runPmoCaptured(['rollup', '--site', exampleFile, '--as', as, '--now', now, '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect([...portfolioKeys.parse(JSON.parse(result.out)).totals.projectKeys].sort()).toEqual(keys);
  });

  it('gives SHOP a RAID log with the risk scored 4 x 3 and the late dependency on OPS-1', async () => {
    const result = await runPmoCaptured(['raid', '--site', exampleFile, '--project', 'SHOP', '--now', now]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^risk +SHOP-4 +12 /m);
    expect(result.out).toMatch(/LATE +OPS-1 blocks SHOP-3/);
  });
});
