/**
 * npm start: the app on this machine. Runs on the generated demo site (or `--site FILE`) behind the Jira fake, or, with
 * JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN set, read-only against that real site. The UI is built beforehand by
 * the npm script.
 *
 * With `--now`, the whole app (resolvers, triggers, jobs and the fake) runs on a clock stopped at that moment, and the
 * generated demo site is generated at it, so every page shows what it showed on that day.
 *
 *   tsx local/dev-server/main.ts [--site FILE] [--memory] [--now 2026-11-20T12:00:00Z]      PORT=3000 by default
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { demoUsers } from '../demo/demo-users';
import { generateDemoSite } from '../demo/generate-demo-site';
import { createLocalApp } from '../forge-runtime/create-local-app';
import { realJiraConfigFromEnv, type RealJiraConfig } from '../forge-runtime/real-jira-target';
import { loadSiteFile } from '../site/load-site-file';
import type { SiteFile } from '../site/site-file-schema';
import { describeCspReport } from './describe-csp-report';
import type { HarnessUser } from './resolve-harness-choices';
import { seedDemoChangeControl } from './seed-demo-change-control';
import { seedDemoIntake } from './seed-demo-intake';
import { startDemoDevServer } from './start-demo-dev-server';
import { startDevServer, type DevServer } from './start-dev-server';

const projectRoot = join(__dirname, '..', '..');
const nowSchema = z.iso.datetime({ offset: true }).transform((text) => new Date(text));
const myselfSchema = z.object({ accountId: z.string(), displayName: z.string() });

/** The real site's user behind the API token (GET /rest/api/3/myself), so the harness can name who it acts as. */
async function tokenOwner(config: RealJiraConfig): Promise<HarnessUser> {
  const response = await fetch(`${config.baseUrl}/rest/api/3/myself`, {
    headers: { accept: 'application/json', authorization: `Basic ${Buffer.from(`${config.email}:${config.apiToken}`).toString('base64')}` },
  });
  if (!response.ok) throw new Error(`${config.baseUrl} refused the credentials in JIRA_EMAIL and JIRA_API_TOKEN (HTTP ${response.status}).`);
  return myselfSchema.parse(await response.json());
}

function describeDemoUsers(site: SiteFile, url: string): string[] {
  const roles = [
    ['PMO admin', demoUsers.admin],
    ['project manager', demoUsers.pm],
    ['executive', demoUsers.executive],
    ['restricted', demoUsers.restricted],
  ] as const;
  return roles
    .filter(([, user]) => site.users.some((u) => u.accountId === user.accountId))
    .map(([role, user]) => `  ${role.padEnd(16)} ${user.displayName.padEnd(16)} ${url}/?as=${encodeURIComponent(user.accountId)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, memory: { type: 'boolean', default: false }, now: { type: 'string' } }, strict: true });
  const port = Number(process.env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${process.env.PORT ?? ''}'.`);
  const dataDir = values.memory ? null : join(projectRoot, '.data');
  const macroConfigFile = dataDir === null ? null : join(dataDir, 'macro-config.json');
  const realJira = realJiraConfigFromEnv(process.env);

  if (realJira) {
    const actingUser = await tokenOwner(realJira);
    const app = await createLocalApp({ realJira, dataDir });
    const server = await startDevServer({ app, site: null, port, actingUser, siteUrl: realJira.baseUrl, macroConfigFile });
    logCspViolations(server);
    console.log(`PMO Governance for Jira, local, against ${realJira.baseUrl} (read-only: every write is refused).`);
    console.log(`Acting as ${actingUser.displayName}, the owner of the API token.`);
    console.log(`Open ${server.url}/`);
    closeOnSignal(async () => {
      await server.close();
      await app.close();
    });
    return;
  }

  if (values.now !== undefined) {
    const now = nowSchema.safeParse(values.now);
    if (!now.success) throw new Error(`--now must be an ISO date-time such as 2026-11-20T12:00:00Z, not '${values.now}'.`);
    console.log(`Refreshing every project once before opening, on a clock stopped at ${now.data.toISOString()}…`);
    const demo = await startDemoDevServer({
      now: now.data,
      ...(values.site === undefined ? {} : { site: loadSiteFile(values.site) }),
      dataDir,
      macroConfigFile,
      port,
    });
    for (const failure of demo.app.queue.failures) console.warn(`A refresh job failed: ${failure.message}`);
    announce(demo, demo.site, values.site, dataDir);
    closeOnSignal(() => demo.close());
    return;
  }

  const site = values.site === undefined ? generateDemoSite({ now: new Date() }) : loadSiteFile(values.site);
  const app = await createLocalApp({ site, dataDir });
  const seededAt = new Date();
  await seedDemoChangeControl(site, seededAt);
  await seedDemoIntake(site, seededAt);
  // The demo opens with a portfolio to show: one daily refresh runs before the server takes requests.
  console.log('Refreshing every project once before opening…');
  await app.fireDailySnapshot();
  await app.queue.drain();
  for (const failure of app.queue.failures) console.warn(`A refresh job failed: ${failure.message}`);
  const server = await startDevServer({ app, site, port, macroConfigFile });
  announce(server, site, values.site, dataDir);
  closeOnSignal(async () => {
    await server.close();
    await app.close();
  });
}

function announce(server: DevServer, site: SiteFile, siteFile: string | undefined, dataDir: string | null): void {
  logCspViolations(server);
  console.log(`PMO Governance for Jira, local, on ${siteFile ?? 'the generated demo site'}: ${site.projects.length} projects, ${site.issues.length} issues.`);
  console.log(`Storage: ${dataDir ?? 'in memory'}.`);
  console.log(`Open ${server.url}/`);
  const users = describeDemoUsers(site, server.url);
  if (users.length > 0) console.log(['Demo users:', ...users].join('\n'));
}

/** Forge would refuse what the frames' policy refuses here: say so in the terminal as each report arrives. */
function logCspViolations(server: DevServer): void {
  server.cspReports.subscribe((report) => {
    console.warn(`Content-Security-Policy violation (Forge would block this too): ${describeCspReport(report)}`);
  });
}

function closeOnSignal(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
