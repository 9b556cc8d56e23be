/**
 * The loading and error states of the admin page and of the portfolio, driven by a stand-in resolver behind
 * the real dev server and UI build: states the demo site never produces on its own.
 */
import { parseSiteFile } from '../../local/site/load-site-file';
import { aggregateRollups } from '../../src/domain/rollup/aggregate-rollups';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = parseSiteFile({ users: [{ accountId: 'ada', displayName: 'Ada Lovelace' }], projects: [], issues: [], permissions: {} });

type Answer = (functionKey: string) => Promise<unknown>;

jest.setTimeout(60_000);

describe('the admin page states in a browser', () => {
  let answer: Answer = () => Promise.resolve(null);
  let calls: string[] = [];
  const suite = useBrowserSuite({
    site,
    answer: (request) => {
      calls.push(request.functionKey);
      return answer(request.functionKey);
    },
  });

  function open(): Promise<OpenedPage> {
    calls = [];
    return suite.openSurface(moduleKeys.admin, 'ada', { heading: 'PMO governance settings' });
  }

  it('says it is loading while the app has not answered, and shows no viewer panel', async () => {
    answer = () => new Promise(() => undefined);
    const { page, problems } = await open();
    await page.getByText('Loading the governance settings…').waitFor();
    expect(await page.getByRole('heading', { name: 'Your access' }).count()).toBe(0);
    expect(calls).not.toContain('getViewer');
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each<[string, Answer, string]>([
    [
      'an error envelope, with the resolver’s message',
      () => Promise.resolve({ ok: false, error: { code: 'UPSTREAM', message: 'Jira did not answer in time; try again shortly.' } }),
      'Jira did not answer in time; try again shortly.',
    ],
    ['an answer that is not an envelope', () => Promise.resolve({ unexpected: true }), 'The app answered in a form this page does not understand.'],
    [
      'an envelope that holds no template list',
      () => Promise.resolve({ ok: true, data: { unexpected: true } }),
      'The app answered in a form this page does not understand.',
    ],
  ])('shows an error message for %s', async (_name, respond, message) => {
    answer = respond;
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Could not load the governance settings' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(message);
    expect(await seriousAxeViolations(page.mainFrame(), 'admin-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks the app again, showing that it is loading, when the reader chooses Try again', async () => {
    answer = () => Promise.resolve({ ok: false, error: { code: 'UPSTREAM', message: 'Jira did not answer in time; try again shortly.' } });
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Could not load the governance settings' }).waitFor();
    answer = () => new Promise(() => undefined);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Loading the governance settings…').waitFor();
    expect(calls.filter((key) => key === 'listTemplates')).toHaveLength(2);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the portfolio states in a browser', () => {
  let answer: Answer = () => Promise.resolve(null);
  const suite = useBrowserSuite({ site, answer: (request) => answer(request.functionKey) });
  const waiting = [
    { key: 'ALP', name: 'Alpha' },
    { key: 'BET', name: 'Beta' },
  ];
  const emptyPortfolio = (pendingProjects: number) => ({
    ok: true,
    data: {
      asOf: null,
      totals: aggregateRollups('Portfolio', []),
      programs: [],
      notRefreshed: waiting,
      refresh: { requestedAt: demoNow.toISOString(), pendingProjects },
    },
  });

  function open(): Promise<OpenedPage> {
    return suite.openSurface(moduleKeys.portfolio, 'ada', { heading: 'PMO portfolio' });
  }

  it('shows a labelled spinner while the app has not answered', async () => {
    answer = () => new Promise(() => undefined);
    const { page, problems } = await open();
    await page.getByRole('status').filter({ hasText: 'Loading the portfolio' }).waitFor();
    expect(await page.getByRole('img', { name: 'Loading the portfolio' }).count()).toBe(1);
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the resolver’s message when the portfolio cannot be loaded, and still offers a refresh', async () => {
    answer = () => Promise.resolve({ ok: false, error: { code: 'UPSTREAM', message: 'The snapshot store did not answer.' } });
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Could not load the portfolio' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('The snapshot store did not answer.');
    expect(await page.getByRole('button', { name: 'Refresh now' }).isEnabled()).toBe(true);
    expect(await seriousAxeViolations(page.mainFrame(), 'portfolio')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says why when a refresh cannot be queued', async () => {
    answer = (key) =>
      Promise.resolve(
        key === 'requestRefresh' ? { ok: false, error: { code: 'UPSTREAM', message: 'The queue is full; try again shortly.' } } : emptyPortfolio(0),
      );
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Nothing refreshed yet' }).waitFor();
    await page.getByRole('button', { name: 'Refresh now' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'The queue is full; try again shortly.' }).textContent()).toBe(
      'The queue is full; try again shortly.',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('polls every two seconds while projects are pending, showing how many are done, and stops when none is', async () => {
    const calls: number[] = [];
    answer = (key) => {
      if (key === 'requestRefresh') return Promise.resolve({ ok: true, data: { requestedAt: demoNow.toISOString(), queued: true } });
      // The gap between polls is an interval, measured on the monotonic timer; the pages' date stays the demo's.
      calls.push(performance.now());
      // Before the click nothing is pending; then two, one, and none.
      const pending = [0, 2, 1, 0][Math.min(calls.length - 1, 3)] ?? 0;
      return Promise.resolve(emptyPortfolio(pending));
    };
    const { page, problems } = await open();
    await page.getByRole('heading', { name: 'Nothing refreshed yet' }).waitFor();
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.getByText('0 of 2 projects refreshed').waitFor();
    expect(await page.getByRole('button', { name: 'Refresh now' }).isDisabled()).toBe(true);
    await page.getByText('1 of 2 projects refreshed').waitFor();
    await page.waitForFunction(() => !document.body.textContent.includes('projects refreshed'));
    expect(await page.getByRole('button', { name: 'Refresh now' }).isEnabled()).toBe(true);
    const settled = calls.length;
    await page.waitForTimeout(2_500);
    expect(calls.length).toBe(settled);
    expect(settled).toBe(4);
    const gaps = calls.slice(2).map((at, i) => at - (calls[i + 1] ?? at));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1_900);
    expect(problems).toEqual([]);
    await page.close();
  });
});
