import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { startJiraFakeServer } from '../../../local/jira-fake/start-jira-fake-server';
import { buildSmallSite, NOW, USERS } from './small-site';

const basic = (user: string) => `Basic ${Buffer.from(`${user}:any-token`).toString('base64')}`;

describe('startJiraFakeServer', () => {
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await startJiraFakeServer(createJiraFake(buildSmallSite(), { now: () => NOW }), { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ["Basic auth with a user's e-mail", { authorization: basic('carol@example.com') }, USERS.carol],
    ['Basic auth with an account id', { authorization: basic(USERS.bob) }, USERS.bob],
    ['the X-Pmo-Account-Id header', { 'x-pmo-account-id': USERS.alice }, USERS.alice],
  ])('identifies the caller by %s', async (_name, headers, accountId) => {
    const response = await fetch(`${server.url}/rest/api/3/myself`, { headers });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ accountId });
  });

  it('acts as the app with X-Pmo-As-App', async () => {
    const response = await fetch(`${server.url}/rest/api/3/project/search?keys=SEC`, { headers: { 'x-pmo-as-app': 'true' } });
    expect(((await response.json()) as { values: { key: string }[] }).values.map((p) => p.key)).toEqual(['SEC']);
  });

  it.each([
    ['no credentials', {}],
    ['an e-mail the site does not know', { authorization: basic('mallory@example.com') }],
    ['an account the site does not know', { 'x-pmo-account-id': 'acc-mallory' }],
  ])("answers 401 with Jira's error shape for %s", async (_name, headers) => {
    const response = await fetch(`${server.url}/rest/api/3/myself`, { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('passes bodies, statuses and headers through', async () => {
    const response = await fetch(`${server.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { 'x-pmo-account-id': USERS.bob, 'content-type': 'application/json' },
      body: JSON.stringify({ jql: 'project = ENG ORDER BY key', fields: ['summary'] }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(((await response.json()) as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
  });
});

describe('startJiraFakeServer with faults', () => {
  it('drops the connection on an injected reset, and sends Retry-After on a 429', async () => {
    const resetting = await startJiraFakeServer(createJiraFake(buildSmallSite(), { faults: { connectionResetRate: 1 } }));
    const limiting = await startJiraFakeServer(createJiraFake(buildSmallSite(), { faults: { rateLimitRate: 1, retryAfterSeconds: 4 } }));
    try {
      await expect(fetch(`${resetting.url}/rest/api/3/myself`, { headers: { 'x-pmo-account-id': USERS.bob } })).rejects.toThrow('fetch failed');
      const limited = await fetch(`${limiting.url}/rest/api/3/myself`, { headers: { 'x-pmo-account-id': USERS.bob } });
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '4']);
    } finally {
      await resetting.close();
      await limiting.close();
    }
  });
});
