/**
 * Issue text carrying HTML and script, on a copy of the demo site, in a real browser: every surface shows it as
 * text, no dialog opens, no injected element exists. Needs the UI build and Debian's chromium, as test/browser does.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { startDevServer, type DevServer } from '../../../local/dev-server/start-dev-server';
import { surfaceCatalog, type SurfaceEntry } from '../../../local/dev-server/surface-catalog';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { launchChromium } from '../../browser/launch-chromium';
import { recordMetric } from '../support/record-metric';

const buildDir = join(__dirname, '..', '..', '..', 'static', 'build');
const now = new Date('2026-11-20T12:00:00.000Z');
/** Markup that runs script if it is ever parsed as HTML: a dialog, or a flag on the window. */
const issuePayload = '<img src=x onerror=alert(1)><script>window.__xss=1</script>';
/** Markup in project names, which the portfolio and the settings pages show. */
const projectPayload = '<svg onload=alert(2)></svg>';

/** The demo site with the payloads appended to every issue summary and to every project name. */
function hostileSite() {
  const site = generateDemoSite({ now });
  for (const issue of site.issues) issue.fields.summary = `${issue.fields.summary} ${issuePayload}`;
  for (const project of site.projects) project.name = `${project.name} ${projectPayload}`;
  return site;
}

const site = hostileSite();
/**
 * Which payload each surface must show literally: issue summaries, or project names where no issue is listed; null
 * for a surface that shows no Jira data until it is set up (the report macro before its settings are saved; the
 * configured report has its own case).
 */
const shownOn: Record<SurfaceEntry['id'], string | null> = {
  portfolio: projectPayload,
  'project-page': issuePayload,
  'issue-panel': issuePayload,
  'admin-page': projectPayload,
  'report-macro': null,
  'report-macro-config': projectPayload,
};

/** A surface's own page, as the executive, on the given issue and its project. */
function surfacePath(surface: SurfaceEntry, issueKey: string): string {
  const query = new URLSearchParams({ as: demoUsers.executive.accountId, project: issueKey.split('-')[0] ?? '', issue: issueKey });
  if (surface.configView) query.set('view', 'config');
  return `/surface/${encodeURIComponent(surface.moduleKey)}?${query.toString()}`;
}

jest.setTimeout(120_000);

describe('issue text with HTML and script on every surface', () => {
  let app: LocalApp;
  let server: DevServer;
  let browser: Browser;
  const dialogs: string[] = [];
  let panelIssueKey = '';
  let cases = 0;
  let failures = 0;

  beforeAll(async () => {
    if (!existsSync(join(buildDir, 'ui', 'index.html')))
      throw new Error(`No UI build in ${buildDir}. Build it first: npx tsx scripts/build-ui.ts (npm test does this).`);
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    server = await startDevServer({ app, site });
    await app.fireDailySnapshot();
    await app.queue.drain();
    browser = await launchChromium();
    // An issue whose panel lists related RAID items, so summaries other than the issue's own are on screen.
    for (const issue of site.issues) {
      const answer = await app.invokeResolver({
        functionKey: 'getIssueGovernance',
        payload: { issueKey: issue.key },
        accountId: demoUsers.executive.accountId,
        moduleKey: 'governance-issue-panel',
        extension: {},
      });
      if (JSON.stringify(answer).includes('"related":[{')) {
        panelIssueKey = issue.key;
        break;
      }
    }
    expect(panelIssueKey).not.toBe('');
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    await app.close();
    recordMetric('fuzz', 'xss-surfaces', { cases, failures });
  });

  /** Opens a page at `path`, recording every dialog it (or a frame of it) tries to open. */
  const open = async (path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    return page;
  };

  /** No script ran and nothing was injected, in the page or the frame. */
  const expectInert = async (where: Page | Frame): Promise<void> => {
    expect(await where.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
    expect(await where.locator('img[src="x"]').count()).toBe(0);
    const scripts = await where.locator('script').evaluateAll((els) => els.map((el) => el.textContent).filter((text) => text.includes('__xss')));
    expect(scripts).toEqual([]);
  };

  const counted = async (check: () => Promise<void>): Promise<void> => {
    cases += 1;
    try {
      await check();
    } catch (error) {
      failures += 1;
      throw error;
    }
  };

  it.each(surfaceCatalog.map((surface) => [surface.title, surface] as const))(
    'shows the payload as text on the %s surface and runs nothing',
    async (_title, surface) => {
      await counted(async () => {
        const page = await open(surfacePath(surface, panelIssueKey));
        await page.getByRole('heading', { level: 1, name: surface.heading }).waitFor();
        // The macro's settings list the projects once "Chosen projects" is picked.
        if (surface.id === 'report-macro-config') await page.getByRole('radio', { name: 'Chosen projects' }).check();
        // The payload is shown literally at least once, once the surface has loaded its data.
        const payload = shownOn[surface.id];
        if (payload !== null) await page.getByText(payload).first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await expectInert(page);
        expect(dialogs).toEqual([]);
        await page.close();
      });
    },
  );

  it('shows issue summaries as text in the configured status report, and runs nothing', async () => {
    await counted(async () => {
      const reportMacro = surfaceCatalog.find((surface) => surface.id === 'report-macro');
      const config = surfaceCatalog.find((surface) => surface.id === 'report-macro-config');
      if (reportMacro === undefined || config === undefined) throw new Error('the catalog has the report macro');
      const settings = await open(surfacePath(config, panelIssueKey));
      await settings.getByLabel('Whole portfolio').check();
      // The period is an @atlaskit select: opened from the keyboard, as a keyboard user would.
      await settings.getByLabel('Period', { exact: true }).focus();
      await settings.keyboard.press('ArrowDown');
      await settings.getByRole('option', { name: 'Last 30 days' }).click();
      await settings.getByRole('button', { name: 'Save settings' }).click();
      await settings.getByRole('heading', { name: 'Settings saved' }).waitFor();
      await settings.close();
      const page = await open(surfacePath(reportMacro, panelIssueKey));
      await page.getByRole('heading', { level: 2, name: 'Status report: Whole portfolio' }).waitFor();
      expect(await page.getByText(issuePayload).count()).toBeGreaterThan(0);
      expect(await page.getByText(projectPayload).count()).toBeGreaterThan(0);
      await expectInert(page);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });

  it('runs nothing in the harness page with every surface framed', async () => {
    await counted(async () => {
      const page = await open(`/?as=${encodeURIComponent(demoUsers.executive.accountId)}`);
      for (const frame of page.frames()) await frame.waitForLoadState();
      await page.waitForTimeout(1500);
      for (const frame of page.frames()) await expectInert(frame);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  });
});
