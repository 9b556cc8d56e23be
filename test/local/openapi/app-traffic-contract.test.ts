import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { demoUsers } from '../../../local/demo/demo-users';
import { createSimulatedClock } from '../../../local/forge-runtime/create-simulated-clock';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import { createOpenApiValidator } from '../../../local/openapi/create-openapi-validator';
import { loadOpenApiDocument } from '../../../local/openapi/load-openapi-document';
import { jiraOpenApiPath, openApiDocumentAvailable } from '../../support/find-openapi-document';

const trafficLineSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  requestBody: z.unknown(),
  status: z.number(),
  responseBody: z.unknown(),
});

const withDocument = openApiDocumentAvailable();
const now = new Date('2026-11-20T12:00:00.000Z');

(withDocument ? describe : describe.skip)("the app's own Jira traffic, audited against the official OpenAPI document", () => {
  it('sends only documented requests with explicit fields, and gets documented answers, across refresh and every resolver', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'pmo-traffic-')), 'traffic.jsonl');
    const site = generateDemoSite({ now });
    const app = await createLocalApp({ site, dataDir: null, clock: createSimulatedClock(now), fakeOptions: { now: () => now, trafficLog: log } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const issue = site.issues.find((i) => i.key.startsWith('CORE-'));
    await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue?.id, key: issue?.key, fields: { project: { key: 'CORE' } } } });
    await app.queue.drain();
    for (const user of Object.values(demoUsers)) {
      for (const functionKey of ['getViewer', 'getPortfolio']) {
        await app.invokeResolver({ functionKey, payload: {}, accountId: user.accountId, moduleKey: 'pmo-portfolio', extension: {} });
      }
    }
    await app.close();

    const validator = createOpenApiValidator(loadOpenApiDocument(jiraOpenApiPath), { now });
    const lines = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => trafficLineSchema.parse(JSON.parse(line)));
    expect(lines.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const line of lines) {
      const query = Object.fromEntries(Object.entries(line.query).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
      const where = `${line.method} ${line.path}`;
      const request =
        line.requestBody === null || line.requestBody === undefined
          ? { method: line.method, path: line.path, query }
          : { method: line.method, path: line.path, query, body: line.requestBody };
      problems.push(...validator.checkRequest(request).map((p) => `${where} request: ${p}`));
      problems.push(
        ...validator
          .checkResponse({ method: line.method, path: line.path, status: line.status, body: line.responseBody })
          .map((p) => `${where} response: ${p}`),
      );
      if (line.path === '/rest/api/3/search/jql') {
        const fields = z.object({ fields: z.array(z.string()).optional() }).parse(line.requestBody).fields;
        const idsOnly = fields === undefined;
        if (!idsOnly && (fields.includes('*all') || fields.includes('*navigable'))) problems.push(`${where} asks for every field instead of an explicit list`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
