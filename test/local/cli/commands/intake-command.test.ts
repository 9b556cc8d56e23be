import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoSite } from '../../../../local/demo/generate-demo-site';
import { demoUsers } from '../../../../local/demo/demo-users';
import { seedDemoIntake } from '../../../../local/dev-server/seed-demo-intake';
import { createLocalApp } from '../../../../local/forge-runtime/create-local-app';
import type { CapacityDto } from '../../../../src/contract/capacity-dto';
import type { IntakeBoardDto } from '../../../../src/contract/intake-board-dto';
import { runPmoCaptured as pmo } from '../support/run-pmo-captured';

const now = new Date('2026-11-20T12:00:00Z');

/** The demo site with its intake records and capacities seeded into a data folder, as `npm start` keeps them. */
describe('pmo intake', () => {
  let data: string;
  let siteFile: string;
  const intake = (...extra: string[]) => pmo(['intake', '--site', siteFile, '--data', data, '--now', now.toISOString(), ...extra]);

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'pmo-intake-'));
    const site = generateDemoSite({ now });
    siteFile = join(data, 'site.json');
    writeFileSync(siteFile, JSON.stringify(site));
    const app = await createLocalApp({ site, dataDir: data, fakeOptions: { now: () => now } });
    try {
      await seedDemoIntake(site, now);
    } finally {
      await app.close();
    }
  });
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
  });

  it('prints the proposals ranked by WSJF with their breakdowns, ties, decisions and missing inputs, then the heat map', async () => {
    const result = await intake();
    expect([result.code, result.err]).toEqual([0, '']);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('Intake of INT, scored by WSJF, as of 2026-11-20');
    expect(lines).toContain('Proposals: 13');
    expect(lines).toEqual(
      expect.arrayContaining([
        '    1  INT-9    submitted  Automate the quarterly liquidity return',
        '       WSJF 9.67 = (8 + 13 + 8) / 3',
        '   8=  INT-4    screening  Retire the mainframe batch scheduler',
        '   8=  INT-11   submitted  Replace the branch queueing system',
        '       rejected 2026-09-23 by Morgan Ellis: Outside the bank’s risk appetite; the board will not hold digital assets for customers.',
        '    -  INT-10   submitted  Real-time fraud scoring on card payments',
        '       missing: Job Size',
      ]),
    );
    // INT is the intake project: its proposals are not delivery work, so the heat map does not list it as out of a program.
    expect(lines.filter((line) => line.includes('INT') && /not in a program/iu.test(line))).toEqual([]);
    expect(lines.some((line) => /^ {2}Core Platforms +red /u.test(line))).toBe(true);
  });

  it('prints both DTOs with --json: every stage present, the reviewer-scored Job Size, and one overloaded quarter', async () => {
    const result = await intake('--json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out) as { intake: IntakeBoardDto; capacity: CapacityDto };
    expect(new Set(answer.intake.proposals.map((proposal) => proposal.stage))).toEqual(new Set(['submitted', 'screening', 'approved', 'deferred', 'rejected']));
    const topUps = answer.intake.proposals.find((proposal) => proposal.summary === 'Self-service mortgage top-ups');
    expect(topUps?.parts.find((part) => part.criterionId === 'jobSize')).toMatchObject({ value: 8, source: 'reviewer' });
    const overloaded = answer.capacity.heatMap.rows.flatMap((row) =>
      row.cells.filter((cell) => cell.overCapacity).map((cell) => `${row.program} ${cell.quarter}`),
    );
    expect(overloaded).toEqual(['Core Platforms 2026-Q4']);
  });

  it('keeps one program with --program: its heat map row, and only the proposals whose Program field names it', async () => {
    const result = await intake('--program', 'Digital Channels', '--as', demoUsers.restricted.accountId, '--json');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out) as { intake: IntakeBoardDto; capacity: CapacityDto };
    expect(answer.capacity.heatMap.rows.map((row) => row.program)).toEqual(['Digital Channels']);
    expect(answer.intake.proposals.length).toBeGreaterThan(0);
    expect(new Set(answer.intake.proposals.map((proposal) => proposal.program))).toEqual(new Set(['Digital Channels']));
  });

  it('refuses an empty --program as wrong usage', async () => {
    const result = await intake('--program', ' ');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--program needs a program name');
  });
});
