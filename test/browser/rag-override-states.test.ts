/**
 * The Project colours panel's states that the demo site does not produce on its own (still loading, refused, not
 * refreshed yet), driven by a stand-in resolver behind the real dev server and UI build.
 */
import type { Locator } from 'playwright-core';
import { parseSiteFile } from '../../local/site/load-site-file';
import type { RagOverridesDto } from '../../src/contract/rag-override-dto';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { emptyChangeControl } from './support/empty-change-control';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = parseSiteFile({
  users: [{ accountId: 'ada', displayName: 'Ada Lovelace' }],
  projects: [{ id: '1', key: 'CORE', name: 'Core', projectTypeKey: 'software' }],
  issues: [],
  permissions: { ada: ['CORE'] },
});

const project: ProjectRaidDto = {
  project: { key: 'CORE', name: 'Core' },
  asOf: '2026-11-20T12:00:00.000Z',
  items: [],
  heatMap: [5, 4, 3, 2, 1].flatMap((impact) => [1, 2, 3, 4, 5].map((probability) => ({ probability, impact, colour: 'green' as const, count: 0 }))),
  unscoredOpenRisks: 0,
  waitsOn: [],
  waitedOnBy: [],
  milestones: [],
  projectRag: null,
  complianceViolations: [],
  jiraRequests: 2,
};

const noData = { rag: 'grey', reason: 'No roll-up yet' } as const;
const notRefreshed: RagOverridesDto = {
  projectKey: 'CORE',
  computed: { overall: noData, schedule: noData, scope: noData, cost: noData, risk: noData, compliance: noData },
  overrides: [],
  canEdit: true,
  asOf: null,
};

jest.setTimeout(60_000);

describe("the Project colours panel's states in a browser", () => {
  let colours: () => Promise<unknown> = () => Promise.resolve(null);
  const suite = useBrowserSuite({
    site,
    answer: (request) =>
      request.functionKey === 'getProjectRaid'
        ? Promise.resolve({ ok: true, data: project })
        : request.functionKey === 'getChangeControl'
          ? Promise.resolve(emptyChangeControl('CORE'))
          : colours(),
  });

  async function open(): Promise<OpenedPage & { panel: Locator }> {
    const { page, problems } = await suite.openSurface(moduleKeys.projectPage, 'ada', { query: { project: 'CORE' }, viewport: { width: 1280, height: 900 } });
    const panel = page.getByRole('region', { name: 'Project colours' });
    await panel.waitFor();
    return { page, panel, problems };
  }

  it.each<[string, () => Promise<unknown>, string]>([
    ['says it is loading while the app has not answered', () => new Promise(() => undefined), "Loading the project's colours…"],
    [
      "shows the app's refusal under a heading",
      () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'You may not browse project CORE.' } }),
      'You may not browse project CORE.',
    ],
    [
      "says so when the answer is not the project's colours",
      () => Promise.resolve({ ok: true, data: project }),
      'The app answered in a form this page does not understand.',
    ],
    [
      'says the colours come after the first refresh, and offers no form before it',
      () => Promise.resolve({ ok: true, data: notRefreshed }),
      "No roll-up yet: the project's colours appear after its first refresh",
    ],
  ])('%s', async (_name, answer, text) => {
    colours = answer;
    const { page, panel, problems } = await open();
    await panel.getByText(text).waitFor();
    expect(await panel.getByRole('table').count()).toBe(0);
    expect(await panel.getByRole('form').count()).toBe(0);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
