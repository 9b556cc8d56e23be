/**
 * The contract audit: every surface's resolver calls (as every demo user), the refresh, an issue event, the admin's
 * writes and every pmo command run on the demo site with the fake's traffic log on; every request the app made and
 * every answer the fake gave is then checked against the official Jira OpenAPI document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPmo } from '../../../local/cli/main';
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { writeSiteFile } from '../../../local/demo/write-site-file';
import { createSimulatedClock } from '../../../local/forge-runtime/create-simulated-clock';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { startJiraFakeServer } from '../../../local/jira-fake/start-jira-fake-server';
import { createOpenApiValidator } from '../../../local/openapi/create-openapi-validator';
import { loadOpenApiDocument } from '../../../local/openapi/load-openapi-document';
import { jiraOpenApiPath, openApiDocumentAvailable } from '../../support/find-openapi-document';
import { auditRequest, readTrafficLog } from '../support/audit-traffic';
import { recordMetric } from '../support/record-metric';
import { readCallsByResolver } from '../support/resolver-calls';
import { runAdminWrites, type LooseEnvelope } from '../support/run-admin-writes';

const withDocument = openApiDocumentAvailable();
const now = new Date('2026-11-20T12:00:00.000Z');
const nowIso = now.toISOString();
const expectedEndpoints = [
  'GET /rest/api/3/field',
  'GET /rest/api/3/issue/{id}',
  'GET /rest/api/3/issueLinkType',
  'GET /rest/api/3/myself',
  'GET /rest/api/3/mypermissions',
  'GET /rest/api/3/project/search',
  'POST /rest/api/3/changelog/bulkfetch',
  'POST /rest/api/3/issue/bulkfetch',
  'POST /rest/api/3/search/jql',
];

/** Every pmo command over the site file, as `accountId`, in each output format. */
function cliRuns(siteFile: string, accountId: string): string[][] {
  const common = ['--site', siteFile, '--as', accountId, '--now', nowIso];
  return [
    ['viewer', ...common],
    ['viewer', ...common, '--json'],
    ['rollup', ...common],
    ['rollup', ...common, '--json'],
    ['raid', ...common, '--project', 'CORE'],
    ['raid', ...common, '--project', 'REG', '--json'],
    ['changes', ...common, '--project', 'CORE'],
    ['changes', ...common, '--project', 'REG', '--json'],
    ['intake', ...common],
    ['intake', ...common, '--program', 'Core Platforms', '--json'],
    ['check', '--site', siteFile, '--now', nowIso, '--project', 'CORE'],
    ['check', '--site', siteFile, '--now', nowIso, '--json'],
    ...['md', 'html', 'json'].flatMap((format) => [
      ['report', ...common, '--scope', 'portfolio', '--period', '7d', '--format', format],
      ['report', ...common, '--scope', 'program:Core Platforms', '--period', '14d', '--format', format],
      ['report', ...common, '--scope', 'project:CORE,REG', '--period', '30d', '--format', format],
    ]),
  ];
}

async function runCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  const errors: string[] = [];
  const code = await runPmo(
    argv,
    env,
    () => undefined,
    (line) => errors.push(line),
  );
  return code === 0 ? null : `pmo ${argv.join(' ')} exited ${String(code)}: ${errors.join(' ')}`;
}

(withDocument ? describe : describe.skip)("the whole app's Jira traffic, audited against the official OpenAPI document", () => {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-trust-traffic-'));
  const log = join(dir, 'traffic.jsonl');
  const siteFile = join(dir, 'site.json');
  const site = generateDemoSite({ now });
  const failedRuns: string[] = [];

  beforeAll(async () => {
    writeSiteFile(siteFile, site);
    const app = await createLocalApp({ site, dataDir: null, clock: createSimulatedClock(now), fakeOptions: { now: () => now, trafficLog: log } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const issue = site.issues.find((i) => i.key.startsWith('CORE-'));
    await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue?.id, key: issue?.key, fields: { project: { key: 'CORE' } } } });
    await app.queue.drain();

    const readCalls = Object.values(readCallsByResolver(site)).flat();
    for (const user of Object.values(demoUsers)) {
      for (const call of readCalls) {
        const answer = (await app.invokeResolver({ ...call, accountId: user.accountId })) as LooseEnvelope;
        const data = answer.data;
        if (call.functionKey === 'publishStatusReport' && typeof data === 'object' && data !== null && 'id' in data) {
          const frozen = (await app.invokeResolver({
            ...call,
            functionKey: 'getFrozenReport',
            payload: { id: data.id },
            accountId: user.accountId,
          })) as LooseEnvelope;
          if (!frozen.ok) failedRuns.push(`${user.displayName} could not open the report they published: ${JSON.stringify(frozen.error)}`);
        }
      }
    }
    await app.queue.drain();
    const writes = await runAdminWrites(async (call) => (await app.invokeResolver({ ...call, accountId: demoUsers.admin.accountId })) as LooseEnvelope);
    failedRuns.push(...writes.filter((w) => !w.answer.ok).map((w) => `admin ${w.call.functionKey}: ${JSON.stringify(w.answer.error)}`));
    await app.close();

    // Every command, with the fake logging to the same file; export reads a fake served over HTTP.
    const previous = process.env.PMO_FAKE_TRAFFIC_LOG;
    process.env.PMO_FAKE_TRAFFIC_LOG = log;
    try {
      for (const user of [demoUsers.admin, demoUsers.restricted]) {
        for (const argv of cliRuns(siteFile, user.accountId)) {
          const failure = await runCommand(argv, {});
          if (failure !== null) failedRuns.push(failure);
        }
      }
    } finally {
      if (previous === undefined) delete process.env.PMO_FAKE_TRAFFIC_LOG;
      else process.env.PMO_FAKE_TRAFFIC_LOG = previous;
    }
    const server = await startJiraFakeServer(createJiraFake(site, { now: () => now, trafficLog: log }), { port: 0 });
    try {
      const failure = await runCommand(['export', '--jira', server.url, '--out', join(dir, 'exported.json')], {
        JIRA_EMAIL: demoUsers.admin.emailAddress,
        JIRA_API_TOKEN: 'local',
      });
      if (failure !== null) failedRuns.push(failure);
    } finally {
      await server.close();
    }
  }, 600_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs every surface, write and command without a failure', () => {
    expect(failedRuns).toEqual([]);
  });

  it('makes only documented requests, with explicit fields, and gets only documented answers', () => {
    const validator = createOpenApiValidator(loadOpenApiDocument(jiraOpenApiPath), { now });
    const requests = readTrafficLog(log);
    const violations: string[] = [];
    for (const request of requests) violations.push(...auditRequest(request, validator));
    const endpoints = new Set(requests.map((r) => `${r.method} ${r.path.replace(/\/(?:[A-Z][A-Z0-9]*-\d+|\d{5,})(?=\/|$)/g, '/{id}')}`));
    recordMetric('contract', 'app-traffic', { requests: requests.length, endpoints: endpoints.size, violations: violations.length });
    // Every kind of request the app makes was seen, so a run that silently skipped a surface or command shows here.
    expect([...endpoints].sort()).toEqual(expect.arrayContaining(expectedEndpoints));
    expect(requests.length).toBeGreaterThan(500);
    expect(violations.slice(0, 20)).toEqual([]);
  });
});
