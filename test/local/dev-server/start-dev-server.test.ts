import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { InvokeRequest } from '../../../local/forge-runtime/create-local-app';
import { startDevServer, type DevServer } from '../../../local/dev-server/start-dev-server';
import { tinySite } from './tiny-site';

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent exactly as written: fetch would tidy `..` out of the path before the server saw it. */
function raw(base: string, method: string, path: string, body?: string): Promise<RawReply> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, method, path, headers: body === undefined ? {} : { 'content-type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const frameSettingsSchema = z.object({
  context: z.object({ accountId: z.string(), moduleKey: z.string(), extension: z.record(z.string(), z.unknown()) }).loose(),
  submittable: z.boolean(),
});

function frameSettings(html: string): z.infer<typeof frameSettingsSchema> {
  const match = /<script type="application\/json" id="pmo-local-host">(.*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no frame settings in the page');
  return frameSettingsSchema.parse(JSON.parse(match[1]));
}

describe('startDevServer', () => {
  let staticDir: string;
  let server: DevServer;
  const calls: InvokeRequest[] = [];
  const app = {
    invokeResolver(call: InvokeRequest): Promise<unknown> {
      calls.push(call);
      if (call.functionKey === 'explode') return Promise.reject(new Error('The resolver threw.'));
      if (call.functionKey === 'getViewer')
        return Promise.resolve({
          ok: true,
          data: {
            accountId: call.accountId,
            displayName: 'Rita as the app sees her',
            isAdmin: false,
            projects: [{ key: 'PAY', name: 'Payments', category: null }],
          },
        });
      return Promise.resolve({ ok: true, data: { echo: call.payload } });
    },
  };

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'pmo-dev-server-'));
    mkdirSync(join(staticDir, 'config'));
    mkdirSync(join(staticDir, 'ui'));
    const index = (marker: string) =>
      `<!doctype html><html lang="en"><head>${marker}<script type="module" src="./main.js"></script></head><body><div id="root"></div></body></html>`;
    writeFileSync(join(staticDir, 'ui', 'index.html'), index(''));
    writeFileSync(join(staticDir, 'config', 'index.html'), index('<meta name="pmo-surface" content="macro-config">'));
    writeFileSync(join(staticDir, 'ui', 'main.js'), 'console.log("bundle");');
    writeFileSync(join(staticDir, 'ui', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    writeFileSync(join(staticDir, '..', 'outside-secret.txt'), 'secret');
    server = await startDevServer({ app, site: tinySite, staticDir });
  });

  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
    rmSync(join(staticDir, '..', 'outside-secret.txt'), { force: true });
  });

  beforeEach(() => {
    calls.length = 0;
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['/static/ui/main.js', 'text/javascript; charset=utf-8', 'console.log("bundle");'],
    ['/static/ui/icon.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'],
  ])('serves the build file %s', async (path, type, body) => {
    const reply = await raw(server.url, 'GET', path);
    expect([reply.status, reply.headers['content-type'], reply.body]).toEqual([200, type, body]);
  });

  it.each([
    '/static/../outside-secret.txt',
    '/static/..%2Foutside-secret.txt',
    '/static/%2e%2e/outside-secret.txt',
    '/static/%2e%2e%2foutside-secret.txt',
    '/static/config/..%2F..%2Foutside-secret.txt',
    '/static/..%5Coutside-secret.txt',
  ])('never serves a file outside the build folder (%s)', async (path) => {
    const reply = await raw(server.url, 'GET', path);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret"');
    expect(reply.body).not.toBe('secret');
  });

  it.each([
    ['GET', '/nowhere', 404],
    ['GET', '/static/missing.js', 404],
    ['GET', '/surface/not-a-module', 404],
    ['POST', '/', 405],
    ['GET', '/api/invoke', 405],
    ['DELETE', '/static/ui/main.js', 405],
  ])('answers %s %s with %i and a JSON error', async (method, path, status) => {
    const reply = await raw(server.url, method, path);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: expect.any(String) as string, message: expect.any(String) as string } });
  });

  it('serves a frame with the bridge and its context loaded before the bundle', async () => {
    const reply = await raw(server.url, 'GET', '/surface/governance-issue-panel?as=rita&issue=PAY-2');
    expect(reply.status).toBe(200);
    expect(reply.body.indexOf('/host/bridge-stub.js')).toBeLessThan(reply.body.indexOf('./main.js'));
    expect(reply.body).toContain('<base href="/static/ui/">');
    const { context, submittable } = frameSettings(reply.body);
    expect(submittable).toBe(false);
    expect(context).toMatchObject({
      accountId: 'rita',
      moduleKey: 'governance-issue-panel',
      extension: { type: 'jira:issuePanel', issue: { key: 'PAY-2', id: '20002' }, project: { key: 'PAY' } },
    });
  });

  it('serves the macro settings page from the config resource, able to submit', async () => {
    const reply = await raw(server.url, 'GET', '/surface/executive-status-report?as=ada&view=config');
    expect(reply.body).toContain('<meta name="pmo-surface" content="macro-config">');
    expect(reply.body).toContain('<base href="/static/config/">');
    expect(frameSettings(reply.body).submittable).toBe(true);
  });

  it.each([
    ['an issue of a project the user may not browse', '/surface/governance-issue-panel?as=rita&issue=SEC-1', 404],
    ['a project the user may not browse', '/surface/raid-project-page?as=rita&project=SEC', 404],
    ['an issue that does not exist', '/surface/governance-issue-panel?as=ada&issue=PAY-99', 404],
    ['an unknown user', '/surface/pmo-portfolio?as=mallory', 400],
    ['a malformed issue key', '/surface/governance-issue-panel?as=ada&issue=pay-1%3Cscript%3E', 400],
    ['an unknown view', '/surface/pmo-portfolio?as=ada&view=edit', 400],
  ])('refuses a frame for %s', async (_name, path, status) => {
    const reply = await raw(server.url, 'GET', path);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain('Secret Merger');
  });

  it('passes a frame’s resolver call to the app as Forge would and answers its result', async () => {
    const body = { moduleKey: 'pmo-portfolio', functionKey: 'getPortfolio', payload: { page: 2 }, accountId: 'ada', extension: { type: 'jira:globalPage' } };
    const reply = await raw(server.url, 'POST', '/api/invoke', JSON.stringify(body));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { echo: { page: 2 } } });
    expect(calls).toEqual([body]);
  });

  it('answers 500 with the message when the resolver throws', async () => {
    const body = { moduleKey: 'pmo-portfolio', functionKey: 'explode', accountId: 'ada', extension: {} };
    const reply = await raw(server.url, 'POST', '/api/invoke', JSON.stringify(body));
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { message: 'The resolver threw.' } });
  });

  it.each([
    ['text that is not JSON', '{nope', 400],
    ['a body without a function key', JSON.stringify({ moduleKey: 'pmo-portfolio', accountId: 'ada', extension: {} }), 400],
    ['an unexpected field', JSON.stringify({ moduleKey: 'pmo-portfolio', functionKey: 'getViewer', accountId: 'ada', extension: {}, admin: true }), 400],
    ['an extension that is not an object', JSON.stringify({ moduleKey: 'pmo-portfolio', functionKey: 'getViewer', accountId: 'ada', extension: 'x' }), 400],
    ['a module the app does not have', JSON.stringify({ moduleKey: 'other', functionKey: 'getViewer', accountId: 'ada', extension: {} }), 400],
    ['an account that is not on the site', JSON.stringify({ moduleKey: 'pmo-portfolio', functionKey: 'getViewer', accountId: 'mallory', extension: {} }), 400],
    [
      'a body over Forge’s 500 KB limit',
      JSON.stringify({ moduleKey: 'pmo-portfolio', functionKey: 'getViewer', accountId: 'ada', extension: {}, payload: 'x'.repeat(600 * 1024) }),
      413,
    ],
  ])('refuses an invoke with %s', async (_name, body, status) => {
    const reply = await raw(server.url, 'POST', '/api/invoke', body);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body)).toHaveProperty('error.message');
    expect(calls).toEqual([]);
  });

  it('keeps the submitted macro settings and gives them to the macro frame after a reload', async () => {
    const config = { scope: 'projects', period: '30d', sections: ['risks'] };
    const saved = await raw(server.url, 'POST', '/api/macro-config', JSON.stringify({ localId: 'local-macro-executive-status-report', config }));
    expect(saved.status).toBe(200);
    const macro = await raw(server.url, 'GET', '/surface/executive-status-report?as=rita');
    expect(frameSettings(macro.body).context.extension).toMatchObject({ type: 'macro', config });
  });

  it.each([
    ['a config that is not an object', JSON.stringify({ localId: 'm', config: ['rag'] })],
    ['no localId', JSON.stringify({ config: {} })],
  ])('refuses macro settings with %s', async (_name, body) => {
    expect((await raw(server.url, 'POST', '/api/macro-config', body)).status).toBe(400);
  });

  it('serves the bridge stub and the design-token theme for frames', async () => {
    const stub = await raw(server.url, 'GET', '/host/bridge-stub.js');
    expect(stub.body).toContain('window.__bridge');
    const css = await raw(server.url, 'GET', '/host/tokens.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('--ds-text:');
  });

  it('renders the harness with a frame per surface, titled after it', async () => {
    const page = await raw(server.url, 'GET', '/?as=rita');
    const titles = [...page.body.matchAll(/<iframe title="([^"]+)"/g)].map((m) => m[1]);
    expect(titles).toEqual(['Portfolio', 'Project page', 'Issue panel', 'Admin page', 'Confluence macro', 'Macro config']);
    expect(page.body).toContain('<h1>PMO Governance for Jira: local</h1>');
    expect(page.body).not.toMatch(/\bSEC\b|Secret Merger|Due diligence/);
  });

  it('shows on the harness who the frames act as, by asking the app’s getViewer resolver as that user', async () => {
    const page = await raw(server.url, 'GET', '/?as=rita');
    expect(calls.filter((call) => call.functionKey === 'getViewer').map((call) => call.accountId)).toEqual(['rita']);
    expect(page.body).toContain('<strong>Rita as the app sees her</strong> · Not a Jira administrator');
    expect(page.body).toContain('Projects this user can browse (1)');
    expect(page.body).toContain('<li><code>PAY</code> Payments</li>');
  });
});

describe('startDevServer with a macro settings file', () => {
  it('finds the saved settings again after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-macro-'));
    const file = join(dir, 'data', 'macro-config.json');
    mkdirSync(join(dir, 'build', 'ui'), { recursive: true });
    writeFileSync(join(dir, 'build', 'ui', 'index.html'), '<html><head></head><body></body></html>');
    const options = { app: { invokeResolver: () => Promise.resolve(null) }, site: tinySite, staticDir: join(dir, 'build'), macroConfigFile: file };
    const config = { scope: 'programs', period: '7d', sections: ['rag'] };
    try {
      const first = await startDevServer(options);
      await raw(first.url, 'POST', '/api/macro-config', JSON.stringify({ localId: 'local-macro-executive-status-report', config }));
      await first.close();
      const second = await startDevServer(options);
      const macro = await raw(second.url, 'GET', '/surface/executive-status-report?as=ada');
      await second.close();
      expect(frameSettings(macro.body).context.extension).toMatchObject({ config });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('startDevServer against a real Jira site', () => {
  it('offers typed keys and acts as the token owner in every frame', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmo-real-'));
    mkdirSync(join(dir, 'ui'));
    writeFileSync(join(dir, 'ui', 'index.html'), '<html><head></head><body></body></html>');
    const server = await startDevServer({
      app: { invokeResolver: () => Promise.resolve(null) },
      site: null,
      staticDir: dir,
      actingUser: { accountId: 'owner-1', displayName: 'Token Owner' },
      siteUrl: 'https://real.atlassian.net',
    });
    try {
      const page = await raw(server.url, 'GET', '/?project=ABC&issue=ABC-7');
      expect(page.body).toContain('<input type="text" name="issue" value="ABC-7"');
      expect(page.body).toContain('Real Jira site https://real.atlassian.net, read-only');
      const frame = await raw(server.url, 'GET', '/surface/governance-issue-panel?as=owner-1&issue=ABC-7');
      expect(frameSettings(frame.body).context).toMatchObject({
        accountId: 'owner-1',
        siteUrl: 'https://real.atlassian.net',
        extension: { issue: { key: 'ABC-7' }, project: { key: 'ABC' } },
      });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
