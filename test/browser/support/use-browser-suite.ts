import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { startDemoDevServer, type DemoDevServer } from '../../../local/dev-server/start-demo-dev-server';
import { startDevServer, type DevServer } from '../../../local/dev-server/start-dev-server';
import type { InvokeRequest, LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { SiteFile } from '../../../local/site/site-file-schema';
import { cspReportLines } from '../csp-report-lines';
import { launchChromium } from '../launch-chromium';
import { watchPageProblems } from '../watch-page-problems';
import { demoNow } from './demo-now';

const root = join(__dirname, '..', '..', '..');
const buildDir = join(root, 'static', 'build');

export interface BrowserSuiteOptions {
  /** The site the Jira fake serves; the demo site generated at `demoNow` when absent. */
  readonly site?: SiteFile;
  /** Runs one daily refresh before the tests; true when absent. Ignored with `answer`. */
  readonly refresh?: boolean;
  /**
   * Answers every resolver call from the test instead of the app, for states the demo cannot reach (an error, a slow
   * answer). The pages' clock is then `demoNow`.
   */
  readonly answer?: (request: InvokeRequest) => Promise<unknown>;
  /** For a suite that provokes violations on purpose: skips the closing check that the server received no CSP report. */
  readonly provokesCspReports?: boolean;
}

export interface OpenOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** A level-1 heading to wait for before answering. */
  readonly heading?: string;
  /** Runs on the new page before it navigates, to listen from its first response. */
  readonly beforeNavigation?: (page: Page) => void;
}

/** A page as one user sees it, and its problems (console errors, failed requests, CSP violations) as they happen. */
export interface OpenedPage {
  readonly page: Page;
  readonly problems: string[];
}

export interface BrowserSuite {
  readonly site: SiteFile;
  /** The app behind the server; throws in a suite that answers resolver calls itself. */
  readonly app: LocalApp;
  readonly server: DevServer;
  readonly browser: Browser;
  /** The app's clock now, which every page opened from here on reads too. */
  now(): Date;
  /** Moves the app's clock on (the demo app only), so what is done next is dated later. */
  advanceClock(ms: number): void;
  /** Where the suites write the screenshots the docs show. */
  readonly screenshotDir: string;
  /** Opens a path of the server (the harness at `/?as=…`, a frame at `/surface/…`) in a new page on the app's clock. */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
  /** Opens one surface's frame as `accountId`, with more of the frame's query (project, issue) when it needs them. */
  openSurface(moduleKey: string, accountId: string, options?: OpenOptions & { readonly query?: Readonly<Record<string, string>> }): Promise<OpenedPage>;
}

const defaultViewport = { width: 1400, height: 1000 };

/**
 * The shared set-up of a browser suite, registered as its beforeAll and afterAll: the dev server (on the demo site with
 * the app on a simulated clock at `demoNow`, refreshed once, or answering from the test), Debian's chromium, and pages
 * whose own clock is fixed at the app's, so no browser test reads the machine's clock. After the suite it closes
 * everything and fails on any Content-Security-Policy report the server received.
 *
 * @example
 * const suite = useBrowserSuite();
 * it('shows the portfolio', async () => {
 *   const { page, problems } = await suite.openSurface(moduleKeys.portfolio, demoUsers.executive.accountId, { heading: 'PMO portfolio' });
 *   expect(problems).toEqual([]);
 *   await page.close();
 * });
 */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let demo: DemoDevServer | null = null;
  let server: DevServer | null = null;
  let browser: Browser | null = null;
  const started = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`The browser suite has no ${what} outside its tests.`);
    return value;
  };
  const answer = options.answer;
  let site = options.site ?? null;

  beforeAll(async () => {
    for (const resource of ['ui', 'config']) {
      if (!existsSync(join(buildDir, resource, 'index.html')))
        throw new Error(`No UI build in ${join(buildDir, resource)}. Build it first: npm run build:ui (npm test does this).`);
    }
    if (answer === undefined) {
      demo = await startDemoDevServer({ now: demoNow, ...(site === null ? {} : { site }), refresh: options.refresh ?? true });
      expect(demo.app.queue.failures).toEqual([]);
      server = demo;
    } else {
      site ??= generateDemoSite({ now: demoNow });
      server = await startDevServer({ app: { invokeResolver: answer }, site });
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (server !== null && options.provokesCspReports !== true) expect(cspReportLines(server)).toEqual([]);
  });

  const suite: BrowserSuite = {
    get site() {
      return demo?.site ?? started(site, 'site');
    },
    get app() {
      return started(demo, 'app (it answers resolver calls itself)').app;
    },
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    now: () => (demo === null ? demoNow : demo.clock.now()),
    advanceClock: (ms) => {
      started(demo, 'clock (it answers resolver calls itself)').clock.advanceBy(ms);
    },
    screenshotDir: (() => {
      const dir = join(root, 'docs', 'screenshots');
      mkdirSync(dir, { recursive: true });
      return dir;
    })(),
    async open(path, openOptions = {}) {
      const page = await suite.browser.newPage({ viewport: openOptions.viewport ?? defaultViewport });
      const { lines } = await watchPageProblems(page, suite.server);
      await page.clock.setFixedTime(suite.now());
      openOptions.beforeNavigation?.(page);
      await page.goto(`${suite.server.url}${path}`);
      if (openOptions.heading !== undefined) await page.getByRole('heading', { level: 1, name: openOptions.heading }).waitFor();
      return { page, problems: lines };
    },
    openSurface(moduleKey, accountId, openOptions = {}) {
      const query = new URLSearchParams({ as: accountId, ...openOptions.query });
      return suite.open(`/surface/${encodeURIComponent(moduleKey)}?${query.toString()}`, openOptions);
    },
  };
  return suite;
}
