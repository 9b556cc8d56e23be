import { resolve } from 'node:path';
import { runPmoCaptured } from '../support/run-pmo-captured';
import { parseReportScope } from '../../../../local/cli/parse-report-scope';

const fixture = resolve(__dirname, '..', '..', '..', 'fixtures', 'small-site.json');
const nowArg = '2026-11-20T12:00:00Z';

const pmo = runPmoCaptured;

describe('pmo report', () => {
  it('prints the Markdown report for the admin, with the hand-counted accomplishments and late dependency', async () => {
    const result = await pmo(['report', '--site', fixture, '--scope', 'portfolio', '--period', '30d', '--now', nowArg, '--format', 'md']);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe('# Status report: Whole portfolio');
    expect(result.out).toContain(
      '| BETA-4 Passkey registration endpoint | ALPHA-5 Sign in with a passkey | BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15) |',
    );
    expect(result.out.match(/^\| (ALPHA|BETA)-\d+ .* \| 2026-1\d-\d\d \|$/gm)?.length).toBe(5);
    expect(result.out).not.toContain('not shown');
  });

  it('tells the restricted user how many items are not shown, naming none of them', async () => {
    const result = await pmo(['report', '--site', fixture, '--as', 'restricted', '--period', '30d', '--now', nowArg, '--format', 'md']);
    expect(result.out).toContain('5 items not shown');
    expect(result.out).not.toMatch(/GAMMA|Gamma|Operations/);
  });

  it('prints a self-contained HTML page for one program', async () => {
    const result = await pmo(['report', '--site', fixture, '--scope', 'program:Digital', '--period', '7d', '--now', nowArg, '--format', 'html']);
    expect([
      result.out.startsWith('<!doctype html>'),
      result.out.includes('<title>Status report: Program Digital</title>'),
      /<script|<link|:\/\//.test(result.out),
    ]).toEqual([true, true, false]);
  });

  it('prints JSON that a script can read', async () => {
    const result = await pmo(['report', '--site', fixture, '--scope', 'project:alpha', '--period', '14d', '--now', nowArg, '--format', 'json']);
    const report = JSON.parse(result.out) as { projects: { key: string }[]; period: { days: number } };
    expect([report.projects.map((p) => p.key), report.period.days]).toEqual([['ALPHA'], 14]);
  });

  it.each([
    ['an unknown period', ['--period', '90d']],
    ['an unknown format', ['--format', 'pdf']],
    ['a scope with no name', ['--scope', 'program:']],
  ])('answers exit code 2 for %s', async (_name, extra) => {
    const result = await pmo(['report', '--site', fixture, '--now', nowArg, ...extra]);
    expect([result.code, result.err.length > 0]).toEqual([2, true]);
  });
});

describe('parseReportScope', () => {
  it.each([
    [undefined, { kind: 'portfolio' }],
    ['portfolio', { kind: 'portfolio' }],
    ['program:Digital,Operations', { kind: 'programs', names: ['Digital', 'Operations'] }],
    ['project:alpha, BETA', { kind: 'projects', keys: ['ALPHA', 'BETA'] }],
  ])('reads %s', (raw, expected) => {
    expect(parseReportScope(raw)).toEqual(expected);
  });
});
