/**
 * The app in a real browser: the dev server on the demo site, every surface in its frame, as the executive and as the
 * restricted user. Needs the UI build (the test command builds it first) and Debian's chromium.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { demoIntakeProject } from '../../local/demo/demo-intake-project';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { surfaceCatalog, type SurfaceEntry } from '../../local/dev-server/surface-catalog';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });
// The intake project holds proposals, not delivery work: the portfolio leaves it out (it is on the Intake tab).
const deliveryProjectCount = site.projects.filter((project) => project.key !== demoIntakeProject.key).length;
const hiddenProject = site.projects.find((p) => p.key === demoHiddenProjectKey);
/** The surfaces that once carried the viewer panel; who is looking now shows on the harness only. */
const formerViewerSurfaces: readonly SurfaceEntry['id'][] = ['admin-page', 'report-macro', 'report-macro-config'];

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

/** The heading each surface shows once its first answer arrived. */
const loadedHeading: Readonly<Record<SurfaceEntry['id'], string | RegExp>> = {
  // Before any refresh the portfolio shows its empty state.
  portfolio: 'Nothing refreshed yet',
  'issue-panel': /^Project /,
  'project-page': /^RAID log of /,
  'admin-page': 'Governance templates',
  'report-macro': 'Report settings',
  'report-macro-config': 'Report settings',
};

/** Waits until the harness names the acting user, every frame shows its content, and the harness has sized the frames. */
async function waitForSurfaces(page: Page, displayName: string): Promise<void> {
  await page.locator('header .viewer strong').filter({ hasText: displayName }).waitFor();
  for (const surface of surfaceCatalog) {
    const frame = await surfaceFrame(page, surface);
    await frame.getByRole('heading', { level: 1, name: surface.heading }).waitFor();
    if (surface.id === 'report-macro-config') await frame.getByRole('button', { name: 'Save settings' }).waitFor();
    else await frame.getByRole('heading', { level: 2, name: loadedHeading[surface.id] }).first().waitFor();
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
  const suite = useBrowserSuite({ site, refresh: false });
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ({ page, problems } = await suite.open(`/?as=${encodeURIComponent(demoUsers.executive.accountId)}`, { viewport: { width: 1400, height: 900 } }));
    await waitForSurfaces(page, demoUsers.executive.displayName);
  });

  it('opens as the executive by default', async () => {
    const { page: fresh } = await suite.open('/');
    expect(await fresh.locator('select[name="as"] option:checked').textContent()).toBe(demoUsers.executive.displayName);
    await fresh.close();
  });

  it('renders the portfolio before any refresh with its empty state and the Refresh now button', async () => {
    const frame = await surfaceFrame(page, surfaceById('portfolio'));
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe('PMO portfolio');
    expect(await frame.getByText(`none exists yet for the ${deliveryProjectCount} projects you can see`).isVisible()).toBe(true);
    expect(await frame.getByRole('button', { name: 'Refresh now' }).isEnabled()).toBe(true);
    await page.locator('section:has(iframe[data-surface="portfolio"])').screenshot({ path: join(suite.screenshotDir, 'portfolio-empty.png') });
  });

  it.each(formerViewerSurfaces.map((id) => [surfaceById(id).title, surfaceById(id)] as const))(
    'renders the %s surface with its heading and without a viewer panel',
    async (_title, surface) => {
      const frame = await surfaceFrame(page, surface);
      expect(await frame.getByRole('heading', { level: 1 }).textContent()).toBe(surface.heading);
      expect(await frame.getByRole('heading', { name: 'Your access' }).count()).toBe(0);
      expect(await frame.getByText('Signed in as').count()).toBe(0);
    },
  );

  it('names the acting user on the harness, with their Jira standing and the projects they may browse', async () => {
    const viewer = page.getByRole('region', { name: 'Acting as' });
    expect(await viewer.locator('strong').textContent()).toBe(demoUsers.executive.displayName);
    expect(await viewer.locator('p').first().textContent()).toBe(`${demoUsers.executive.displayName} · Not a Jira administrator`);
    expect(await viewer.getByText(`Projects this user can browse (${site.projects.length})`).isVisible()).toBe(true);
    expect(await viewer.locator('li').count()).toBe(site.projects.length);
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
    const frames = [
      { surface: 'harness', frame: page.mainFrame() },
      ...(await Promise.all(surfaceCatalog.map(async (s) => ({ surface: s.id, frame: await surfaceFrame(page, s) })))),
    ];
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
    await config.getByLabel('Period', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await config.getByRole('option', { name: 'Last 7 days' }).click();
    for (const section of [
      'Summary by project',
      'Accomplishments',
      'What slipped',
      'Uncontrolled slips',
      'Variance against the approved baseline',
      'Changes in the period',
      'Decisions made',
      'Upcoming milestones (next 30 days)',
      'Late dependencies',
      'Compliance exceptions',
      'Decisions and escalations needed',
      'Trends since the previous snapshot',
      'Intake',
    ]) {
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
    expect(await page.getByRole('region', { name: 'Acting as' }).locator('li').count()).toBe(site.projects.length - 1);
    const portfolio = await surfaceFrame(page, surfaceById('portfolio'));
    expect(await portfolio.getByText(`none exists yet for the ${deliveryProjectCount - 1} projects you can see`).isVisible()).toBe(true);
  });

  it('saves a screenshot of the whole harness and logs no console errors, warnings or page errors in any frame', async () => {
    await page.goto(`${suite.server.url}/?as=${encodeURIComponent(demoUsers.executive.accountId)}`);
    await waitForSurfaces(page, demoUsers.executive.displayName);
    await page.screenshot({ path: join(suite.screenshotDir, 'local-harness.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
