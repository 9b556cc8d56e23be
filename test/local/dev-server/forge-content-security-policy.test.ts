import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgeContentSecurityPolicy } from '../../../local/dev-server/forge-content-security-policy';
import { parseManifestPermissions } from '../../../local/dev-server/parse-manifest-permissions';

const permissions = parseManifestPermissions(readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8'));
const reportUri = 'http://127.0.0.1:3000/host/csp-reports';
const siteUrl = 'https://pmo-demo.atlassian.net';
const indexHtml =
  '<!doctype html><html><head><link rel="stylesheet" href="./main.css"><script type="module" src="./main.js"></script></head><body><div id="root"></div></body></html>';

/** The policy's directives by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('forgeContentSecurityPolicy, for the app manifest', () => {
  const policy = directives(forgeContentSecurityPolicy({ document: indexHtml, permissions, reportUri, siteUrl }));

  it('allows scripts only from the frame’s own origin and Forge’s CDN: no inline scripts, no eval', () => {
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).toContain('https://forge.cdn.prod.atlassian-dev.net');
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc.filter((source) => source.startsWith("'sha"))).toEqual([]);
  });

  it('allows inline styles, because the manifest asks for them for @atlaskit', () => {
    expect(policy.get('style-src')).toContain("'unsafe-inline'");
  });

  it('reports violations to the local dev server instead of Atlassian’s collector', () => {
    expect(policy.get('report-uri')).toEqual([reportUri]);
  });

  it('lets the frame call only its own origin, the site and Atlassian’s services, never a localhost port', () => {
    const connectSrc = policy.get('connect-src') ?? [];
    expect(connectSrc.slice(0, 2)).toEqual(["'self'", siteUrl]);
    expect(connectSrc.filter((source) => !source.startsWith("'") && !/^https:\/\/([a-z0-9-]+\.)*atlassian(-dev)?\.(com|net)(\/|$)/.test(source))).toEqual([]);
  });

  it.each([
    ['default-src', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', siteUrl],
    ['img-src', 'data:'],
    ['sandbox', 'allow-scripts'],
    ['sandbox', 'allow-same-origin'],
  ])('keeps the rest of Forge’s production policy: %s includes %s', (name, source) => {
    expect(policy.get(name)).toContain(source);
  });

  it('hashes an inline script the resource’s own index.html carries, as Forge does for a deployed resource', () => {
    const withInline = indexHtml.replace('</head>', '<script>window.answer = 42;</script></head>');
    const scriptSrc = directives(forgeContentSecurityPolicy({ document: withInline, permissions, reportUri, siteUrl })).get('script-src') ?? [];
    // sha256 of "window.answer = 42;", base64.
    expect(scriptSrc).toContain("'sha256-8rs5+OC6hkqjGoFGpLXZTrVxMzBrQcCd14GHFVLvinM='");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });

  it('adds inline scripts to script-src only when the manifest declares them', () => {
    const scriptSrc =
      directives(forgeContentSecurityPolicy({ document: indexHtml, permissions: { content: { scripts: ['unsafe-inline'] } }, reportUri, siteUrl })).get(
        'script-src',
      ) ?? [];
    expect(scriptSrc).toContain("'unsafe-inline'");
  });

  it('adds the external sources a manifest declares to their directives', () => {
    const policyWithExternal = directives(
      forgeContentSecurityPolicy({
        document: indexHtml,
        permissions: { external: { fetch: { client: ['https://api.example.com'] }, images: ['https://img.example.com'] } },
        reportUri,
        siteUrl,
      }),
    );
    expect(policyWithExternal.get('connect-src')).toContain('https://api.example.com');
    expect(policyWithExternal.get('img-src')).toContain('https://img.example.com');
  });
});
