import { resolve } from 'node:path';
import { runPmoCaptured } from '../support/run-pmo-captured';
import type { ProjectRaidDto } from '../../../../src/contract/raid-project-dto';

const fixture = resolve(__dirname, '..', '..', '..', 'fixtures', 'small-site.json');
const nowArg = '2026-11-20T12:00:00Z';

const pmo = runPmoCaptured;

describe('pmo raid', () => {
  it("prints ALPHA's RAID log, heat map and late dependency as counted by hand (see small-site.md)", async () => {
    const result = await pmo(['raid', '--site', fixture, '--project', 'ALPHA', '--now', nowArg]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^risk +ALPHA-9 +25 critical +Paul PM/m);
    expect(result.out).toMatch(/^risk +ALPHA-10 +6 medium +Dev Dana .*\[review overdue\]$/m);
    expect(result.out).toContain('  I5   .  .  .  .  1');
    expect(result.out).toContain('  I3   .  1  .  .  .');
    expect(result.out).toContain('LATE    BETA-4 blocks ALPHA-5, due 2027-01-10');
    expect(result.out).toMatch(/ALPHA-7 +due 2026-11-15 In Progress OVERDUE/);
  });

  it("answers the project page's data with --json", async () => {
    const result = await pmo(['raid', '--site', fixture, '--project', 'BETA', '--now', nowArg, '--json', '--as', 'pm']);
    const raid = JSON.parse(result.out) as ProjectRaidDto;
    expect(raid.items.map((item) => item.key)).toEqual(['BETA-6', 'BETA-8', 'BETA-7']);
    expect(raid.waitedOnBy.map((d) => d.blocked?.key)).toEqual(['ALPHA-5']);
  });

  it.each([
    ['a project the user may not browse', ['--project', 'GAMMA', '--as', 'restricted'], 1, 'may not browse'],
    ['no project', [], 2, '--project KEY'],
    ['a malformed project key', ['--project', 'no good'], 2, '--project KEY'],
  ])('refuses %s', async (_what, extra, code, message) => {
    const result = await pmo(['raid', '--site', fixture, '--now', nowArg, ...extra]);
    expect(result.code).toBe(code);
    expect(result.err).toContain(message);
  });
});
