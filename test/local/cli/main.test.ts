import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPmoCaptured } from './support/run-pmo-captured';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { demoHiddenProjectKey, demoUsers } from '../../../local/demo/demo-users';
import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { startJiraFakeServer } from '../../../local/jira-fake/start-jira-fake-server';
import { parseSiteFile } from '../../../local/site/load-site-file';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });
const dir = mkdtempSync(join(tmpdir(), 'pmo-cli-'));
const siteFile = join(dir, 'demo-site.json');
writeFileSync(siteFile, JSON.stringify(site));

const pmo = runPmoCaptured;

describe('the pmo command line', () => {
  it.each([
    ['no command at all', []],
    ['an unknown command', ['frobnicate']],
    ['both --site and --jira', ['viewer', '--site', siteFile, '--jira', 'https://x.atlassian.net']],
    ['neither --site nor --jira', ['viewer']],
    ['a --now that is no date', ['viewer', '--site', siteFile, '--now', 'yesterday-ish']],
    ['an account id not on the site', ['viewer', '--site', siteFile, '--as', 'nobody']],
    ['an unknown option', ['viewer', '--site', siteFile, '--colour']],
  ])('answers exit code 2 with a message for %s', async (_case, args) => {
    const result = await pmo(args);
    expect(result.code).toBe(2);
    expect(result.err.length).toBeGreaterThan(0);
  });

  it('prints the viewer and their projects as JSON, hiding what the restricted user cannot browse', async () => {
    const result = await pmo(['viewer', '--site', siteFile, '--as', demoUsers.restricted.accountId, '--now', now.toISOString(), '--json']);
    expect(result.code).toBe(0);
    const viewer = JSON.parse(result.out) as { displayName: string; projects: { key: string }[] };
    expect(viewer.displayName).toBe(demoUsers.restricted.displayName);
    expect(viewer.projects.map((p) => p.key)).not.toContain(demoHiddenProjectKey);
    expect(result.out).not.toContain(demoHiddenProjectKey);
  });

  it('exports what the token can see of a site over HTTP into a site file that loads again', async () => {
    const server = await startJiraFakeServer(createJiraFake(site, { now: () => now }), { port: 0 });
    try {
      const out = join(dir, 'export.json');
      const result = await pmo(['export', '--jira', server.url, '--out', out], { JIRA_EMAIL: demoUsers.restricted.emailAddress, JIRA_API_TOKEN: 'token' });
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      const exported = parseSiteFile(JSON.parse(readFileSync(out, 'utf8')));
      const visible = site.issues.filter((i) => !i.key.startsWith(`${demoHiddenProjectKey}-`));
      expect(exported.issues.map((i) => i.key).sort()).toEqual(visible.map((i) => i.key).sort());
      expect(exported.projects.map((p) => p.key)).not.toContain(demoHiddenProjectKey);
      expect(exported.permissions[demoUsers.restricted.accountId]).toHaveLength(exported.projects.length);
    } finally {
      await server.close();
    }
  });

  it('refuses to export without credentials in the environment', async () => {
    const result = await pmo(['export', '--jira', 'http://127.0.0.1:9', '--out', join(dir, 'never.json')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/JIRA_EMAIL/);
  });
});

describe('pmo rollup', () => {
  const fixture = join(__dirname, '..', '..', 'fixtures', 'small-site.json');

  it('prints the portfolio the restricted user may see, with the hand-computed totals and no trace of GAMMA', async () => {
    const result = await pmo(['rollup', '--site', fixture, '--as', 'restricted', '--now', '2026-11-20T12:00:00Z', '--json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('GAMMA');
    const portfolio = JSON.parse(result.out) as { totals: { projectKeys: string[]; earnedValue: { bac: number; ac: number } }; asOf: string };
    expect(portfolio.totals.projectKeys).toEqual(['ALPHA', 'BETA']);
    expect(portfolio.totals.earnedValue).toMatchObject({ bac: 150_000, ac: 115_000 });
    expect(portfolio.asOf).toBe('2026-11-20T12:00:00.000Z');
  });

  it('prints a table with a reason under every red or amber colour', async () => {
    const result = await pmo(['rollup', '--site', fixture, '--as', 'admin', '--now', '2026-11-20T12:00:00Z']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ALPHA\s+Alpha Mobile/m);
    expect(result.out).toMatch(/^GAMMA/m);
    expect(result.out).toContain('risk red: 1 open risk is critical');
    expect(result.out).toMatch(/Portfolio: 3 projects/);
  });
});
