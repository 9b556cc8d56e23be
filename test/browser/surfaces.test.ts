/**
 * The app in a real browser: the dev server on the demo site, every surface in its frame, as the executive and as the
 * restricted user. Needs the UI build (the test command builds it first) and Debian's chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { startDevServer, type DevServer } from '../../local/dev-server/start-dev-server';
import { surfaceCatalog, type SurfaceEntry } from '../../local/dev-server/surface-catalog';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { cspReportLines } from './csp-report-lines';
import { launchChromium } from './launch-chromium';
import { seriousAxeViolations } from './run-axe';
import { watchPageProblems, type PageProblems } from './watch-page-problems';

const root = join(__dirname, '..', '..');
const buildDir = join(root, 'static', 'build');
const screenshotDir = join(root, 'docs', 'screenshots');
const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });
const hiddenProject = site.projects.find((p) => p.key === demoHiddenProjectKey);
/**
 * Every surface that shows the viewer panel: all but the portfolio, the issue panel and the project page, which show
 * their own content and have their own test files (portfolio-page.test.ts, raid.test.ts).
 */
const ownContentSurfaces: readonly SurfaceEntry['id'][] = ['portfolio', 'issue-panel', 'project-page'];
const viewerSurfaces = surfaceCatalog.filter((surface) => !ownContentSurfaces.includes(surface.id));

jest.setTimeout(90_000);

function surfaceById(id: SurfaceEntry['id']): SurfaceEntry {
  const surface = surfaceCatalog.find((s) => s.id === id);
  if (!surface) throw new Error(`No surface ${id} in the catalog.`);
  return surface;
}

async function surfaceFrame(page: Page, surface: SurfaceEntry): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[data-surface="${surface.id}"]`);
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error(`The ${surface.title} frame has no document.`);
  return frame;
}

/** Waits until every frame shows its heading and the viewer's name, and the harness has sized the frames. */
async function waitForSurfaces(page: Page, displayName: string): Promise<void> {
  for (const surface of surfaceCatalog) {
    const frame = await surfaceFrame(page, surface);
    await frame.getByRole('heading', { level: 1, name: surface.heading }).waitFor();
    // The portfolio has no viewer panel; before any refresh it shows its empty state.
    if (surface.id === 'portfolio') await frame.getByRole('heading', { level: 2, name: 'Nothing refreshed yet' }).waitFor();
    else if (surface.id === 'issue-panel') await frame.getByRole('heading', { level: 2, name: /^Project / }).waitFor();
    else if (surface.id === 'project-page') await frame.getByRole('heading', { level: 2, name: /^RAID log of / }).waitFor();
    else await frame.getByText(`Signed in as ${displayName}`).waitFor();
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Heights arrive by postMessage after each frame lays out; wait for two frames of stillness.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((settled) => {
        const heights = () => [...document.querySelectorAll('iframe')].map((f) => f.style.height).join();
        const before = heights();
        setTimeout(() => {
          settled(heights() === before && !before.split(',').includes(''));
        }, 300);
      }),
  );
}

describe('the local harness in a browser', () => {
  let app: LocalApp;
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    if (!existsSync(join(buildDir, 'ui', 'index.html')) || !existsSync(join(buildDir, 'config', 'index.html'))) {
      throw new Error(`No UI build in ${buildDir}. Build it first: npx tsx scripts/build-ui.ts (npm test does this).`);
    }
    mkdirSync(screenshotDir, { recursive: true });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    server = await startDevServer({ app, site });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    problems = await watchPageProblems(page, server);
    await page.goto(`${server.url}/?as=${encodeURIComponent(demoUsers.executive.accountId)}`);
    await waitForSurfaces(page, demoUsers.executive.displayName);
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
    await app.close();
    expect(cspReportLines(server)).toEqual([]);
  });

  it('opens as the executive by default', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/`);
    expect(await fresh.locator('select[name="as"] option:checked').textContent()).toBe(demoUsers.executive.displayName);
    await fresh.close();
  });

  it('renders the portfolio before any refresh with its empty state and the Refresh now button', async () => {
    const frame = await surfaceFrame(page, surfaceById('portfolio'));
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe('PMO portfolio');
    expect(await frame.getByText(`none exists yet for the ${site.projects.length} projects you can see`).isVisible()).toBe(true);
    expect(await frame.getByRole('button', { name: 'Refresh now' }).isEnabled()).toBe(true);
    await page.locator('section:has(iframe[data-surface="portfolio"])').screenshot({ path: join(screenshotDir, 'portfolio-empty.png') });
  });

  it.each(viewerSurfaces.map((surface) => [surface.title, surface] as const))('renders the %s surface with its heading and the viewer panel', async (_title, surface) => {
    const frame = await surfaceFrame(page, surface);
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(surface.heading);
    expect(await frame.getByRole('heading', { level: 2, name: 'Your access' }).isVisible()).toBe(true);
    expect(await frame.getByText(`Signed in as ${demoUsers.executive.displayName}`).isVisible()).toBe(true);
    expect(await frame.getByRole('table', { name: /^Projects you can browse/ }).getByRole('row').count()).toBe(site.projects.length + 1);
  });

  it('gives the issue panel and the project page the issue and project chosen in the harness', async () => {
    const issueKey = await page.locator('select[name="issue"]').inputValue();
    const projectKey = await page.locator('select[name="project"]').inputValue();
    const panel = await surfaceFrame(page, surfaceById('issue-panel'));
    expect(await panel.getByText(`RAID items for ${issueKey},`).isVisible()).toBe(true);
    const projectPage = await surfaceFrame(page, surfaceById('project-page'));
    expect(await projectPage.getByRole('heading', { level: 2, name: /^RAID log of / }).textContent()).toContain(`(${projectKey})`);
  });

  it('has no serious or critical accessibility violations on the harness or in any frame', async () => {
    const findings: string[] = [];
    const frames = [{ surface: 'harness', frame: page.mainFrame() }, ...(await Promise.all(surfaceCatalog.map(async (s) => ({ surface: s.id, frame: await surfaceFrame(page, s) }))))];
    for (const { surface, frame } of frames) {
      for (const finding of await seriousAxeViolations(frame, surface)) findings.push(`${frame.url()}: ${finding.impact} ${finding.id}: ${finding.summary}`);
    }
    expect(findings).toEqual([]);
  });

  it('saves the macro settings from its config page and shows them in the macro', async () => {
    const config = await surfaceFrame(page, surfaceById('report-macro-config'));
    const program = site.projects[0]?.projectCategory?.name ?? '';
    await config.getByLabel('Chosen programs').check();
    await config.getByRole('checkbox', { name: program, exact: true }).check();
    // The period is an @atlaskit select: opened from the keyboard, as a keyboard user would.
    await config.getByLabel('Period').focus();
    await page.keyboard.press('ArrowDown');
    await config.getByRole('option', { name: 'Last 7 days' }).click();
    for (const section of ['Summary by project', 'Accomplishments', 'What slipped', 'Upcoming milestones (next 30 days)', 'Late dependencies', 'Compliance exceptions', 'Decisions and escalations needed', 'Trends since the previous snapshot']) {
      await config.getByLabel(section, { exact: true }).uncheck();
    }
    await config.getByRole('button', { name: 'Save settings' }).click();
    await config.getByRole('heading', { name: 'Settings saved' }).waitFor();

    const macro = await surfaceFrame(page, surfaceById('report-macro'));
    const settings = macro.getByLabel('Settings in force');
    await settings.getByText(`Programs: ${program}`).waitFor();
    const lines = await settings.locator('dt').evaluateAll((terms) => terms.map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent ?? ''}`));
    expect(lines).toEqual([`Scope: Programs: ${program}`, 'Period: Last 7 days', 'Sections: Headline, Top risks and issues']);
  });

  it('reloads every frame for the issue chosen in the harness', async () => {
    const options = await page.locator('select[name="issue"] option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    const other = options[options.length - 1] ?? '';
    await Promise.all([page.waitForURL(new RegExp(`issue=${other}`)), page.selectOption('select[name="issue"]', other)]);
    await waitForSurfaces(page, demoUsers.executive.displayName);
    const panel = await surfaceFrame(page, surfaceById('issue-panel'));
    expect(await panel.getByText(`RAID items for ${other},`).isVisible()).toBe(true);
  });

  it('reaches the user switch from the keyboard', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('as');
  });

  it('keeps every trace of the hidden project from the restricted user, in the page and in every frame', async () => {
    expect(hiddenProject).toBeDefined();
    await Promise.all([page.waitForURL(/as=/), page.selectOption('select[name="as"]', demoUsers.restricted.accountId)]);
    await waitForSurfaces(page, demoUsers.restricted.displayName);
    const documents = [await page.content(), ...(await Promise.all(surfaceCatalog.map(async (s) => (await surfaceFrame(page, s)).content())))];
    const key = new RegExp(`\\b${demoHiddenProjectKey}\\b`);
    for (const html of documents) {
      expect(html).not.toMatch(key);
      expect(html).not.toContain(hiddenProject?.name ?? 'the hidden project');
    }
    const admin = await surfaceFrame(page, surfaceById('admin-page'));
    expect(await admin.getByRole('table', { name: /^Projects you can browse/ }).getByRole('row').count()).toBe(site.projects.length);
    const portfolio = await surfaceFrame(page, surfaceById('portfolio'));
    expect(await portfolio.getByText(`none exists yet for the ${site.projects.length - 1} projects you can see`).isVisible()).toBe(true);
  });

  it('saves a screenshot of the whole harness and logs no console errors, warnings or page errors in any frame', async () => {
    await page.goto(`${server.url}/?as=${encodeURIComponent(demoUsers.executive.accountId)}`);
    await waitForSurfaces(page, demoUsers.executive.displayName);
    await page.screenshot({ path: join(screenshotDir, 'local-harness.png'), fullPage: true });
    expect(problems.lines).toEqual([]);
  });
});
