/**
 * The loading, error and empty states of the viewer panel, driven by a stand-in resolver behind the real dev server
 * and UI build: states the demo site never produces on its own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDevServer, type DevServer } from '../../local/dev-server/start-dev-server';
import { parseSiteFile } from '../../local/site/load-site-file';
import { launchChromium } from './launch-chromium';
import { seriousAxeViolations } from './run-axe';
import { watchPageProblems } from './watch-page-problems';

const buildDir = join(__dirname, '..', '..', 'static', 'build');
const site = parseSiteFile({ users: [{ accountId: 'ada', displayName: 'Ada Lovelace' }], projects: [], issues: [], permissions: {} });

type Answer = (functionKey: string) => Promise<unknown>;

jest.setTimeout(60_000);

describe('the viewer panel states in a browser', () => {
  let browser: Browser;
  let server: DevServer;
  let answer: Answer = () => Promise.resolve(null);

  beforeAll(async () => {
    if (!existsSync(join(buildDir, 'index.html'))) throw new Error(`No UI build in ${buildDir}. Build it first: npx tsx scripts/build-ui.ts (npm test does this).`);
    server = await startDevServer({ app: { invokeResolver: (request) => answer(request.functionKey) }, site });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const { lines } = watchPageProblems(page);
    await page.goto(`${server.url}/surface/pmo-portfolio?as=ada`);
    await page.getByRole('heading', { level: 1, name: 'PMO portfolio' }).waitFor();
    return { page, problems: lines };
  }

  it('shows a labelled spinner while the app has not answered', async () => {
    answer = () => new Promise(() => undefined);
    const { page, problems } = await open();
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toContain('Loading who you are');
    expect(await page.getByRole('img', { name: 'Loading who you are' }).count()).toBe(1);
    expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each<[string, Answer, string]>([
    ['an error envelope, with the resolver’s message', () => Promise.resolve({ ok: false, error: { code: 'UPSTREAM', message: 'Jira did not answer in time; try again shortly.' } }), 'Jira did not answer in time; try again shortly.'],
    ['an answer that is not an envelope', () => Promise.resolve({ unexpected: true }), 'The app answered in a form this page does not understand.'],
  ])('shows an error message for %s', async (_name, respond, message) => {
    answer = respond;
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Could not load who you are' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(message);
    expect(await seriousAxeViolations(page.mainFrame())).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so, instead of an empty table, when the viewer may browse no project', async () => {
    answer = () => Promise.resolve({ ok: true, data: { accountId: 'ada', displayName: 'Ada Lovelace', isAdmin: true, projects: [] } });
    const { page, problems } = await open();
    await page.getByText('Signed in as Ada Lovelace').waitFor();
    expect(await page.getByText('Jira administrator', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Jira lets you browse no projects yet').isVisible()).toBe(true);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
