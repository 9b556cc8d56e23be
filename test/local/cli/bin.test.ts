import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runPmoProcess, type PmoProcessResult } from './support/run-pmo-process';

// These run the real `pmo` executable as users start it, each run booting Node and tsx (about 2 s), so the cases are
// few: what in-process runPmo tests cannot see is whether the bin runs at all under npm's link.
const repo = join(__dirname, '..', '..', '..');
const manifest = z.object({ name: z.string(), bin: z.object({ pmo: z.string() }) }).parse(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')));

// The layout npm makes for an installed package (and npx in its cache for this folder's own bin): the package linked
// under node_modules, and node_modules/.bin/pmo a symlink to its bin file. The link's name has no ".js".
const prefix = mkdtempSync(join(tmpdir(), 'pmo-bin-'));
const linkedBin = join(prefix, 'node_modules', '.bin', 'pmo');
mkdirSync(join(prefix, 'node_modules', '.bin'), { recursive: true });
symlinkSync(repo, join(prefix, 'node_modules', manifest.name), 'dir');
symlinkSync(join('..', manifest.name, manifest.bin.pmo), linkedBin);
afterAll(() => {
  rmSync(prefix, { recursive: true, force: true });
});

const launchers: [string, (args: readonly string[]) => Promise<PmoProcessResult>][] = [
  ["node_modules/.bin/pmo (npm's bin link)", (args) => runPmoProcess(linkedBin, args, repo)],
  ['npx pmo in the repository', (args) => runPmoProcess('npx', ['--no-install', 'pmo', ...args], repo)],
];

const portfolioJson = z.object({ asOf: z.string(), totals: z.object({ projectKeys: z.array(z.string()) }) });

describe.each(launchers)('%s', (_launcher, pmo) => {
  it('prints the usage with every command to stdout for --help and exits 0', async () => {
    const result = await pmo(['--help']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Usage: pmo <command> \[options\]/);
    for (const command of ['demo', 'rollup', 'viewer', 'raid', 'changes', 'intake', 'check', 'report', 'baseline', 'export'])
      expect(result.out).toContain(`pmo ${command} `);
  }, 60_000);

  it('exits 2 with the usage on stderr for an unknown command', async () => {
    const result = await pmo(['nope']);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/^pmo: unknown command 'nope'\.\n\nUsage: pmo <command>/);
  }, 60_000);

  it("exits 2 with the message, then the command's usage, for a bad option", async () => {
    const result = await pmo(['rollup', '--colour']);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/^pmo rollup: Unknown option '--colour'[^]*\n\nUsage: pmo rollup --site FILE\|--jira URL/);
  }, 60_000);

  it('prints the roll-up of a site file as JSON that parses, and exits 0', async () => {
    const result = await pmo(['rollup', '--site', 'test/fixtures/small-site.json', '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    const portfolio = portfolioJson.parse(JSON.parse(result.out));
    expect(portfolio.totals.projectKeys).toEqual(['ALPHA', 'BETA', 'GAMMA']);
  }, 60_000);
});
