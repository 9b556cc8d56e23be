import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { startDevServer, type DevServer } from '../../../local/dev-server/start-dev-server';
import { tinySite } from './tiny-site';

const reportsSchema = z.object({ reports: z.array(z.object({ documentUri: z.string(), effectiveDirective: z.string(), blockedUri: z.string() }).loose()) });

/** The policy's directives by name, each with its sources. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('startDevServer serves the surfaces under Forge’s Content-Security-Policy', () => {
  let staticDir: string;
  let server: DevServer;
  const frame = '/surface/pmo-portfolio?as=ada';

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'pmo-dev-server-csp-'));
    const index = '<!doctype html><html lang="en"><head><script type="module" src="./main.js"></script></head><body><div id="root"></div></body></html>';
    for (const resource of ['ui', 'config']) {
      mkdirSync(join(staticDir, resource));
      writeFileSync(join(staticDir, resource, 'index.html'), index);
      writeFileSync(join(staticDir, resource, 'main.js'), 'console.log("bundle");');
      writeFileSync(join(staticDir, resource, 'page.html'), '<html><head><script>window.inline = 1;</script></head></html>');
    }
    server = await startDevServer({ app: { invokeResolver: () => Promise.resolve(null) }, site: tinySite, staticDir });
  });

  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it.each([
    ['a surface frame', frame],
    ['the macro’s config frame', '/surface/executive-status-report?as=ada&view=config'],
    ['a script of a resource', '/static/ui/main.js'],
    ['a missing file of a resource', '/static/ui/missing.js'],
    ['a frame the user may not open', '/surface/raid-project-page?as=rita&project=SEC'],
  ])('puts the policy @forge/csp computes from manifest.yml on %s', async (_name, path) => {
    const response = await fetch(`${server.url}${path}`);
    const policy = directives(response.headers.get('content-security-policy'));
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
    expect(policy.get('report-uri')).toEqual([`${server.url}/host/csp-reports`]);
  });

  it('gives the frame no hash for the harness’s own additions: they hold no inline script to allow', async () => {
    const response = await fetch(`${server.url}${frame}`);
    expect(await response.text()).toContain('<script type="application/json" id="pmo-local-host">');
    expect((directives(response.headers.get('content-security-policy')).get('script-src') ?? []).filter((s) => s.startsWith("'sha"))).toEqual([]);
  });

  it('hashes the inline script of an HTML file in a resource, as Forge does', async () => {
    const response = await fetch(`${server.url}/static/ui/page.html`);
    expect((directives(response.headers.get('content-security-policy')).get('script-src') ?? []).filter((s) => s.startsWith("'sha256-"))).toHaveLength(1);
  });

  it('leaves the harness page, which Forge does not serve, without a policy', async () => {
    const response = await fetch(`${server.url}/?as=ada`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  it('keeps each violation report a browser posts, for GET /host/csp-reports and for tests', async () => {
    const documentUri = `${server.url}${frame}`;
    const body = {
      'csp-report': {
        'document-uri': documentUri,
        'violated-directive': 'script-src-elem',
        'effective-directive': 'script-src-elem',
        'blocked-uri': 'inline',
        disposition: 'enforce',
      },
    };
    const seen: string[] = [];
    const stop = server.cspReports.subscribe((report) => seen.push(report.blockedUri));
    const posted = await fetch(`${server.url}/host/csp-reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report' },
      body: JSON.stringify(body),
    });
    stop();
    expect(posted.status).toBe(204);
    expect(seen).toEqual(['inline']);
    expect(server.cspReports.list()).toEqual([
      { documentUri, effectiveDirective: 'script-src-elem', blockedUri: 'inline', sourceFile: null, lineNumber: null, sample: '', disposition: 'enforce' },
    ]);
    const listed = reportsSchema.parse(await (await fetch(`${server.url}/host/csp-reports`)).json());
    expect(listed.reports).toMatchObject([{ documentUri, effectiveDirective: 'script-src-elem', blockedUri: 'inline' }]);
  });

  it.each([
    ['a body that is not a report', 'POST', JSON.stringify({ hello: 'world' }), 400],
    ['another method', 'DELETE', undefined, 405],
  ])('refuses %s at the report endpoint and records nothing', async (_name, method, body, status) => {
    const before = server.cspReports.list().length;
    const response = await fetch(`${server.url}/host/csp-reports`, { method, ...(body === undefined ? {} : { body }) });
    expect(response.status).toBe(status);
    expect(server.cspReports.list()).toHaveLength(before);
  });
});
