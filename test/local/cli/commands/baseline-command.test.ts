import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPmoCaptured } from '../support/run-pmo-captured';

const fixture = resolve(__dirname, '..', '..', '..', 'fixtures', 'small-site.json');

const pmo = runPmoCaptured;

/** Baselines kept in a data folder between commands, then a report since one of them. */
describe('pmo baseline and pmo report --period baseline:NAME', () => {
  let data: string;
  const site = () => ['--site', fixture, '--data', data];

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'pmo-baseline-'));
    const taken = await pmo(['baseline', ...site(), '--name', 'Gate 2', '--now', '2026-11-05T00:00:00Z', '--as', 'admin']);
    expect(taken).toMatchObject({ code: 0, err: '' });
  });
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
  });

  it('lists the baseline taken, with when it stands for and who took it', async () => {
    const listed = await pmo(['baseline', ...site(), '--list', '--as', 'pm', '--now', '2026-11-20T12:00:00Z']);
    expect(listed.out).toMatch(/^20261105T000000Z-[0-9a-f]{8} {2}“Gate 2” {2}stands for 2026-11-05 00:00 UTC, 3 projects, taken by Ada Admin$/);
  });

  it('reports since the baseline by its name, case aside: only what was resolved after it', async () => {
    const result = await pmo(['report', ...site(), '--period', 'baseline:gate 2', '--now', '2026-11-20T12:00:00Z', '--format', 'json', '--as', 'pm']);
    const report = JSON.parse(result.out) as { period: unknown; accomplishments: { key: string }[] };
    expect([report.period, report.accomplishments.map((a) => a.key)]).toEqual([
      {
        kind: 'since-baseline',
        baseline: { id: expect.stringMatching(/^20261105T000000Z-/) as unknown, name: 'Gate 2' },
        start: '2026-11-05T00:00:00.000Z',
        end: '2026-11-20T12:00:00.000Z',
      },
      ['BETA-2'],
    ]);
  });

  it('takes a baseline of an earlier day from the snapshots kept in the data folder', async () => {
    const result = await pmo(['baseline', ...site(), '--name', 'Start of November', '--day', '2026-11-05', '--now', '2026-11-20T12:00:00Z', '--json']);
    const taken = JSON.parse(result.out) as { taken: { fromDay: string; startsAt: string; visibleProjectCount: number } };
    expect(taken.taken).toMatchObject({ fromDay: '2026-11-05', startsAt: '2026-11-05T23:59:59.999Z', visibleProjectCount: 3 });
  });

  it.each([
    ['a user who is not a Jira administrator', ['--name', 'Mine', '--as', 'pm'], 1, 'Only Jira administrators may change governance settings.'],
    ['a name already taken', ['--name', 'GATE 2'], 1, 'A baseline named “GATE 2” already exists; choose another name.'],
    ['no action', [], 2, 'exactly one of --name NAME'],
    ['a day without a name', ['--list', '--day', '2026-11-01'], 2, '--day goes with --name'],
  ])('refuses %s', async (_name, args, code, message) => {
    const result = await pmo(['baseline', ...site(), '--now', '2026-11-20T12:00:00Z', ...args]);
    expect([result.code, result.err]).toEqual([code, expect.stringContaining(message) as unknown]);
  });

  it('names the baselines there are when asked for one that is not', async () => {
    const result = await pmo(['report', ...site(), '--period', 'baseline:Gate 9', '--now', '2026-11-20T12:00:00Z']);
    expect([result.code, result.err]).toEqual([
      2,
      expect.stringContaining('No baseline named \'Gate 9\'. Baselines: "Start of November", "Gate 2".') as unknown,
    ]);
  });

  it('deletes a baseline by name, as the admin', async () => {
    const result = await pmo(['baseline', ...site(), '--delete', 'start of november', '--now', '2026-11-20T12:00:00Z']);
    expect(result.out).toMatch(/^Deleted the baseline “Start of November” \(20261120T120000Z-[0-9a-f]{8}\)\.$/);
    expect((await pmo(['baseline', ...site(), '--list', '--now', '2026-11-20T12:00:00Z'])).out).not.toContain('Start of November');
  });
});
