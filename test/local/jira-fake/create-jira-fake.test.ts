import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { callFake, json } from './call-fake';
import { buildSmallSite, NOW, USERS } from './small-site';

const site = buildSmallSite();

describe('createJiraFake: routing and errors', () => {
  const fake = createJiraFake(site, { now: () => NOW });

  it.each([
    ['GET', '/rest/api/3/search?jql=project%3DPMO', '/rest/api/3/search/jql'],
    ['POST', '/rest/api/3/search', '/rest/api/3/search/jql'],
    ['GET', '/rest/api/2/search?jql=project%3DPMO', '/rest/api/2/search/jql'],
    ['POST', '/rest/api/2/search', '/rest/api/2/search/jql'],
  ])('answers 410 Gone for the removed search (%s %s)', async (method, path, successor) => {
    const answer = await callFake(fake, method, path, USERS.alice, method === 'POST' ? { jql: 'project = PMO' } : undefined);
    expect(answer.status).toBe(410);
    const body = json<{ errorMessages: string[]; errors: object }>(answer);
    expect(body.errors).toEqual({});
    expect(body.errorMessages[0]).toContain(successor);
  });

  it("answers 404 with Jira's error shape for a path it does not serve", async () => {
    const answer = await callFake(fake, 'GET', '/rest/api/3/dashboard', USERS.alice);
    expect(answer.status).toBe(404);
    expect(json<unknown>(answer)).toEqual({ errorMessages: [expect.stringContaining('/rest/api/3/dashboard')], errors: {} });
  });

  it('answers 405 with Allow for a method the path does not take', async () => {
    const answer = await callFake(fake, 'DELETE', '/rest/api/3/search/jql', USERS.alice);
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST');
  });

  it('treats GET on a literal sibling of a templated path as the templated operation', async () => {
    const answer = await callFake(fake, 'GET', '/rest/api/3/issue/bulkfetch', USERS.alice);
    expect(answer.status).toBe(404);
    expect(json<{ errorMessages: string[] }>(answer).errorMessages).toEqual(['Issue does not exist or you do not have permission to see it.']);
  });

  it('answers 401 for an account the site does not know', async () => {
    const answer = await callFake(fake, 'GET', '/rest/api/3/myself', 'acc-stranger');
    expect(answer.status).toBe(401);
    expect(json<unknown>(answer)).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it("answers JSON with Jira's content type", async () => {
    expect((await callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob)).headers.get('content-type')).toBe('application/json;charset=UTF-8');
  });

  it('works on its own copy of the site', () => {
    const own = createJiraFake(site, { now: () => NOW });
    own.updateIssue('PMO-1', { summary: 'Renamed' }, NOW);
    expect(own.site.issues.find((i) => i.key === 'PMO-1')?.fields.summary).toBe('Renamed');
    expect(site.issues.find((i) => i.key === 'PMO-1')?.fields.summary).toBe('Portfolio roll-out plan');
  });
});

describe('createJiraFake: traffic', () => {
  it('counts requests by endpoint template and bytes sent, until reset', async () => {
    const fake = createJiraFake(site, { now: () => NOW });
    const answers = [
      await callFake(fake, 'GET', '/rest/api/3/issue/PMO-1', null),
      await callFake(fake, 'GET', '/rest/api/3/issue/ENG-1?fields=summary', null),
      await callFake(fake, 'POST', '/rest/api/3/search/jql', null, { jql: 'project = PMO' }),
      await callFake(fake, 'GET', '/rest/api/3/nowhere', null),
    ];
    const pmoIssues = json<{ issues: unknown[] }>(answers[2]!).issues.length;
    expect(pmoIssues).toBeGreaterThan(1);
    expect(fake.traffic()).toEqual({
      total: 4,
      byEndpoint: { 'GET /rest/api/3/issue/{issueIdOrKey}': 2, 'POST /rest/api/3/search/jql': 1, 'GET /rest/api/3/nowhere': 1 },
      bytesSent: answers.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0),
      points: {
        total: 2 + 2 + (1 + pmoIssues) + 1,
        byEndpoint: { 'GET /rest/api/3/issue/{issueIdOrKey}': 4, 'POST /rest/api/3/search/jql': 1 + pmoIssues, 'GET /rest/api/3/nowhere': 1 },
      },
    });
    fake.resetTraffic();
    expect(fake.traffic()).toEqual({ total: 0, byEndpoint: {}, bytesSent: 0, points: { total: 0, byEndpoint: {} } });
  });

  it('writes one JSON line per request to the traffic log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jira-fake-'));
    try {
      const log = join(dir, 'traffic.jsonl');
      const fake = createJiraFake(site, { now: () => NOW, trafficLog: log });
      await callFake(fake, 'POST', '/rest/api/3/search/jql', USERS.bob, { jql: 'project = ENG', maxResults: 1 });
      await callFake(fake, 'GET', '/rest/api/3/project/search?keys=ENG&keys=PMO', USERS.bob);
      const lines = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatchObject({
        accountId: USERS.bob,
        method: 'POST',
        path: '/rest/api/3/search/jql',
        query: {},
        requestBody: { jql: 'project = ENG', maxResults: 1 },
        status: 200,
        responseBody: { isLast: false },
      });
      expect(lines[1]).toMatchObject({ method: 'GET', path: '/rest/api/3/project/search', query: { keys: ['ENG', 'PMO'] }, requestBody: null, status: 200 });
      expect(Number.isNaN(Date.parse(String(lines[0]?.['ts'])))).toBe(false);
      // One issue on the search page; every project Bob may browse among ENG and PMO.
      const projects = z.object({ values: z.array(z.unknown()) }).parse(lines[1]?.['responseBody']).values.length;
      expect(lines.map((line) => line['points'])).toEqual([2, 1 + projects]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs a refused request with no points and the limit that refused it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jira-fake-'));
    try {
      const log = join(dir, 'traffic.jsonl');
      const fake = createJiraFake(site, { now: () => NOW, trafficLog: log, points: { quota: 3 } });
      await callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob);
      await callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob);
      const lines = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((line) => [line['status'], line['points'], line['refused']])).toEqual([
        [200, 3, undefined],
        [429, 0, 'jira-quota-global-based'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createJiraFake: faults', () => {
  const statuses = async (faults: Parameters<typeof createJiraFake>[1], count: number): Promise<number[]> => {
    const fake = createJiraFake(site, { now: () => NOW, ...faults });
    const seen: number[] = [];
    for (let i = 0; i < count; i += 1) {
      try {
        seen.push((await fake.handle({ method: 'GET', path: '/rest/api/3/myself', accountId: USERS.bob })).status);
      } catch {
        seen.push(0);
      }
    }
    return seen;
  };

  it("answers 429 with Retry-After and Jira's error shape", async () => {
    const fake = createJiraFake(site, { faults: { rateLimitRate: 1, retryAfterSeconds: 7 } });
    const answer = await callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob);
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(json<unknown>(answer)).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('answers 500, 502 and 503, the 502 as an HTML page', async () => {
    const fake = createJiraFake(site, { faults: { serverErrorRate: 1, seed: 11 } });
    const answers = await Promise.all(Array.from({ length: 30 }, () => callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob)));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([500, 502, 503]));
    const badGateway = answers.find((a) => a.status === 502);
    expect(badGateway?.headers.get('content-type')).toContain('text/html');
    expect(answers.find((a) => a.status === 503)?.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it("rejects like Node's fetch on a connection reset", async () => {
    const fake = createJiraFake(site, { faults: { connectionResetRate: 1 } });
    const failure = fake.handle({ method: 'GET', path: '/rest/api/3/myself', accountId: USERS.bob });
    await expect(failure).rejects.toBeInstanceOf(TypeError);
    await expect(failure).rejects.toThrow('fetch failed');
    await expect(failure).rejects.toHaveProperty('cause.code', 'ECONNRESET');
  });

  it('repeats the same faults for the same seed, and injects them at about the rate', async () => {
    const faults = { faults: { rateLimitRate: 0.2, serverErrorRate: 0.1, connectionResetRate: 0.05, seed: 42 } };
    const first = await statuses(faults, 300);
    expect(await statuses(faults, 300)).toEqual(first);
    const share = first.filter((s) => s === 429).length / first.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.28);
    expect(first).toContain(200);
    expect(first).toContain(0);
  });

  it('logs and counts faulted and reset requests too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jira-fake-'));
    try {
      const log = join(dir, 'traffic.jsonl');
      const seen = await statuses({ trafficLog: log, faults: { connectionResetRate: 0.5, rateLimitRate: 0.5, seed: 3 } }, 20);
      const lines = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { status: number; fault?: string });
      expect(lines.map((l) => l.status)).toEqual(seen);
      expect(lines.filter((l) => l.status === 0).every((l) => l.fault === 'connection-reset')).toBe(true);
      expect(lines.filter((l) => l.status === 429).every((l) => l.fault === 'rate-limit')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds the latency asked for to each request', async () => {
    const fake = createJiraFake(site, { faults: { latencyMs: 60 } });
    const started = performance.now();
    await callFake(fake, 'GET', '/rest/api/3/myself', USERS.bob);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
