/**
 * Forge's Content-Security-Policy in a real browser: the harness shows every surface in its frame under the policy
 * @forge/csp computes from manifest.yml, the surfaces render under it without a violation, and code it forbids (an
 * injected inline script, eval) is blocked, seen in the frame as a `securitypolicyviolation` event and reported to the
 * dev server.
 */
import type { Frame, Page } from 'playwright-core';
import { demoUsers } from '../../local/demo/demo-users';
import type { CspViolationReport } from '../../local/dev-server/parse-csp-reports';
import type { DevServer } from '../../local/dev-server/start-dev-server';
import { surfaceCatalog, type SurfaceEntry } from '../../local/dev-server/surface-catalog';
import { useBrowserSuite } from './support/use-browser-suite';

const surfaces = surfaceCatalog.map((surface) => [surface.title, surface] as const);

jest.setTimeout(90_000);

async function surfaceFrame(page: Page, surface: SurfaceEntry): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[data-surface="${surface.id}"]`);
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error(`The ${surface.title} frame has no document.`);
  return frame;
}

/** The first report the dev server receives (or has received) for a frame and directive; null after 10 s without. */
function reportFor(server: DevServer, documentUri: string, directive: string): Promise<CspViolationReport | null> {
  const matches = (report: CspViolationReport) => report.documentUri === documentUri && report.effectiveDirective === directive;
  return new Promise((settle) => {
    const done = (report: CspViolationReport | null) => {
      stop();
      clearTimeout(timer);
      settle(report);
    };
    const stop = server.cspReports.subscribe((report) => {
      if (matches(report)) done(report);
    });
    const timer = setTimeout(() => {
      done(null);
    }, 10_000);
    const earlier = server.cspReports.list().find(matches);
    if (earlier) done(earlier);
  });
}

/** Waits until the page watcher has recorded a line, since the frame tells it through an asynchronous binding. */
async function lineRecorded(problems: readonly string[], expected: string): Promise<string | undefined> {
  for (let waited = 0; waited < 5_000; waited += 50) {
    const line = problems.find((l) => l.startsWith(expected));
    if (line !== undefined) return line;
    await new Promise((done) => setTimeout(done, 50));
  }
  return undefined;
}

/**
 * Runs in a surface frame: calls eval from a task of the page's own, since code the test evaluates directly is exempt
 * from the page's policy (the browser's debugger runs it), and answers what eval did.
 */
function evalFromPageTask(): Promise<string> {
  return new Promise((settle) => {
    setTimeout(() => {
      try {
        settle(String(eval('6 * 7')));
      } catch (error) {
        settle(error instanceof EvalError ? 'EvalError' : String(error));
      }
    }, 0);
  });
}

/** Runs in a surface frame: adds an inline script and answers whether it ran and what the frame's policy said. */
function injectInlineScript(): Promise<{ ran: boolean; directive: string; blocked: string }> {
  return new Promise((settle) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        settle({ ran: Reflect.get(window, '__pmoInjectedRan') === true, directive: event.effectiveDirective, blocked: event.blockedURI });
      },
      { once: true },
    );
    const script = document.createElement('script');
    script.textContent = 'window.__pmoInjectedRan = true;';
    document.head.append(script);
  });
}

describe('Forge’s Content-Security-Policy in the surface frames', () => {
  const suite = useBrowserSuite({ refresh: false, provokesCspReports: true });
  let server: DevServer;
  let page: Page;
  let problems: string[];
  const policies = new Map<string, string>();

  beforeAll(async () => {
    server = suite.server;
    ({ page, problems } = await suite.open(`/?as=${encodeURIComponent(demoUsers.executive.accountId)}`, {
      viewport: { width: 1400, height: 900 },
      beforeNavigation: (opened) => {
        opened.on('response', (response) => {
          if (response.request().resourceType() === 'document') policies.set(response.url(), response.headers()['content-security-policy'] ?? '');
        });
      },
    }));
    for (const surface of surfaceCatalog) await (await surfaceFrame(page, surface)).getByRole('heading', { level: 1, name: surface.heading }).waitFor();
  });

  it('serves the harness page itself, which Forge does not, without a policy', () => {
    expect(policies.get(page.url())).toBe('');
  });

  it.each(surfaces)('renders the %s frame under Forge’s policy, styled, without a violation', async (_title, surface) => {
    const frame = await surfaceFrame(page, surface);
    const policy = policies.get(frame.url()) ?? '';
    expect(policy).toMatch(/(^|; )script-src 'self' /);
    expect(policy).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
    expect(policy).toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(policy).toContain(`report-uri ${server.url}/host/csp-reports`);
    // Styled: the bundle's style sheet and the design tokens apply; a refused inline style would be a violation below.
    expect(await frame.getByRole('heading', { level: 1 }).evaluate((h1) => getComputedStyle(h1).fontFamily)).toMatch(/^"Atlassian Sans"/);
    expect(problems).toEqual([]);
    expect(server.cspReports.list()).toEqual([]);
  });

  it.each(surfaces)('blocks an inline script injected into the %s frame, and both the frame and the dev server see it', async (_title, surface) => {
    const frame = await surfaceFrame(page, surface);
    const reported = reportFor(server, frame.url(), 'script-src-elem');
    expect(await frame.evaluate(injectInlineScript)).toEqual({ ran: false, directive: 'script-src-elem', blocked: 'inline' });
    expect(await reported).toMatchObject({ documentUri: frame.url(), blockedUri: 'inline', disposition: 'enforce' });
    expect(await lineRecorded(problems, `securitypolicyviolation: script-src-elem blocked inline in ${frame.url()}`)).toBeDefined();
    expect(await lineRecorded(problems, `CSP report: script-src-elem blocked inline in ${frame.url()}`)).toBeDefined();
  });

  it('refuses eval in a surface frame, and reports it', async () => {
    const portfolio = surfaceCatalog.find((surface) => surface.id === 'portfolio');
    if (!portfolio) throw new Error('No portfolio in the surface catalog.');
    const frame = await surfaceFrame(page, portfolio);
    const reported = reportFor(server, frame.url(), 'script-src');
    expect(await frame.evaluate(evalFromPageTask)).toBe('EvalError');
    expect(await reported).toMatchObject({ blockedUri: 'eval' });
    expect(await lineRecorded(problems, `securitypolicyviolation: script-src blocked eval in ${frame.url()}`)).toBeDefined();
  });
});
