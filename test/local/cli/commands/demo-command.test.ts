import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { demoCommand } from '../../../../local/cli/commands/demo-command';
import { demoHiddenProjectKey, demoUsers } from '../../../../local/demo/demo-users';
import { generateDemoSite } from '../../../../local/demo/generate-demo-site';
import { loadSiteFile } from '../../../../local/site/load-site-file';
import { runPmoCaptured } from '../support/run-pmo-captured';

const nowArg = '2026-11-20T12:00:00.000Z';
const now = new Date(nowArg);
const pmo = runPmoCaptured;

describe('pmo demo', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmo-demo-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the site npm start runs on, which loads as a site file, and says how to try it', async () => {
    const out = join(dir, 'nested', 'demo.json');
    const result = await pmo(['demo', '--out', out, '--now', nowArg]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const site = generateDemoSite({ now });
    expect(loadSiteFile(out)).toEqual(JSON.parse(JSON.stringify(site)));
    expect(result.out.split('\n')[0]).toBe(`Wrote ${String(site.issues.length)} issues in ${String(site.projects.length)} projects to ${out}.`);
    expect(result.out).toContain(`pmo rollup --site ${out}`);
    expect(result.out).toContain(`--as ${demoUsers.restricted.accountId}`);
  });

  it('makes exactly --scale issues, the same site for the same --seed and another for another seed', async () => {
    const files = ['a.json', 'b.json', 'c.json'].map((name) => join(dir, name));
    const seeds = ['7', '7', '8'];
    for (const [index, file] of files.entries()) {
      const result = await pmo(['demo', '--out', file, '--scale', '120', '--seed', seeds[index] ?? '', '--now', nowArg]);
      expect(result.code).toBe(0);
    }
    const [a, b, c] = files.map((file) => loadSiteFile(file));
    expect(a?.issues).toHaveLength(120);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('dates the site around the clock when --now is not given', async () => {
    const out = join(dir, 'clocked.json');
    await demoCommand(
      ['--out', out],
      {},
      () => undefined,
      () => new Date('2027-03-01T08:00:00.000Z'),
    );
    const latest =
      loadSiteFile(out)
        .issues.map((i) => i.fields.updated)
        .sort()
        .at(-1) ?? '';
    expect(latest > '2027-02-20' && latest < '2027-03-01T08:00:00.000+0000').toBe(true);
  });

  it.each([
    ['no --out', [], '--out FILE is required'],
    ['--scale 0', ['--scale', '0'], "--scale must be a whole number from 1 to 100000, not '0'"],
    ['a negative --scale', ['--scale=-5'], "--scale must be a whole number from 1 to 100000, not '-5'"],
    ['a fractional --scale', ['--scale', '2.5'], "--scale must be a whole number from 1 to 100000, not '2.5'"],
    ['a --scale that is no number', ['--scale', 'lots'], "--scale must be a whole number from 1 to 100000, not 'lots'"],
    ['a --scale above what a site file can hold', ['--scale', '100001'], "--scale must be a whole number from 1 to 100000, not '100001'"],
    ['a --seed that is no number', ['--seed', 'x'], "--seed must be a whole number from 0 to 4294967295, not 'x'"],
    ['a --now that is no date', ['--now', 'soon'], "--now must be an ISO date-time such as 2026-11-20T12:00:00Z, not 'soon'"],
    ['an unknown option', ['--size', '3'], "Unknown option '--size'"],
  ])('refuses %s with exit code 2, the problem and the usage, writing nothing', async (_case, extra, problem) => {
    const out = join(dir, 'never.json');
    const args = extra.length === 0 ? ['demo'] : ['demo', '--out', out, ...extra];
    const result = await pmo(args);
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toContain(`pmo demo: ${problem}`);
    expect(result.err).toContain('Usage: pmo demo --out FILE [--scale N] [--seed N] [--now ISO]');
    expect(() => loadSiteFile(out)).toThrow(/ENOENT/);
  });

  it('gives every other command a site to run on: the roll-up as the restricted user leaves out the hidden project', async () => {
    const out = join(dir, 'demo.json');
    expect((await pmo(['demo', '--out', out, '--now', nowArg])).code).toBe(0);
    const result = await pmo(['rollup', '--site', out, '--as', demoUsers.restricted.accountId, '--now', nowArg, '--json']);
    expect(result).toMatchObject({ code: 0, err: '' });
    const portfolio = z.object({ totals: z.object({ projectKeys: z.array(z.string()) }) }).parse(JSON.parse(result.out));
    // Seven of the eight delivery projects, and the intake project INT, which the portfolio shows as any project.
    expect(portfolio.totals.projectKeys).toHaveLength(8);
    expect(portfolio.totals.projectKeys).not.toContain(demoHiddenProjectKey);
  });
});
