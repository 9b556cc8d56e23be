import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { writeDemoSiteCommand } from '../../../local/demo/write-demo-site-command';
import { loadSiteFile } from '../../../local/site/load-site-file';

describe('writeDemoSiteCommand', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'demo-site-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the site generateDemoSite makes, readable by loadSiteFile', () => {
    const out = join(dir, 'nested', 'site.json');
    const message = writeDemoSiteCommand(['--out', out, '--scale', '600', '--now', '2026-11-20T12:00:00.000Z', '--seed', '4']);
    expect(message).toBe(`Wrote 600 issues in 8 projects to ${out}`);
    const expected: unknown = JSON.parse(JSON.stringify(generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z'), scale: 600, seed: 4 })));
    expect(loadSiteFile(out)).toEqual(expected);
    expect(readFileSync(out, 'utf8').split('\n').length).toBeGreaterThan(600);
  });

  it('dates the site from the clock when --now is not given', () => {
    const out = join(dir, 'site.json');
    writeDemoSiteCommand(['--out', out], () => new Date('2027-03-01T08:00:00.000Z'));
    const site = loadSiteFile(out);
    const latest =
      site.issues
        .map((i) => i.fields.updated)
        .sort()
        .at(-1) ?? '';
    expect(latest < '2027-03-01T08:00:00.000+0000' && latest > '2027-02-20').toBe(true);
  });

  it.each([
    [[], '--out FILE is required'],
    [['--out', 'x.json', '--scale', 'many'], 'scale'],
    [['--out', 'x.json', '--now', 'yesterday'], 'now'],
    [['--out', 'x.json', '--seed', '-1'], 'seed'],
  ])('refuses %j with the usage and the problem', (argv, problem) => {
    expect(() => writeDemoSiteCommand(argv)).toThrow(problem);
    expect(() => writeDemoSiteCommand(argv)).toThrow('usage:');
  });

  it('refuses unknown options', () => {
    expect(() => writeDemoSiteCommand(['--out', 'x.json', '--size', '3'])).toThrow(/size/);
  });
});
