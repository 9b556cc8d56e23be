/**
 * Every surface when Jira is busy: each resolver answers RATE_LIMITED exactly as the app's resolvers do (the envelope
 * comes from the real `toErrorEnvelope` of a throttled Jira), behind the real dev server and UI build. Each surface
 * says so in plain words, with when to try again and a "Try again" that loads again.
 */
import type { Frame } from 'playwright-core';
import { surfaceCatalog, type SurfaceEntry } from '../../local/dev-server/surface-catalog';
import { parseSiteFile } from '../../local/site/load-site-file';
import { JiraError } from '../../src/adapters/jira/jira-error';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';
import { aggregateRollups } from '../../src/domain/rollup/aggregate-rollups';
import { toErrorEnvelope } from '../../src/resolvers/to-error-envelope';
import { defaultReportConfig } from '../../static/app/src/report-config/report-config-schema';
import { seriousAxeViolations } from './run-axe';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = parseSiteFile({
  users: [{ accountId: 'ada', displayName: 'Ada Lovelace' }],
  projects: [{ id: '1', key: 'CORE', name: 'Core', projectTypeKey: 'software' }],
  issues: [
    {
      id: '10',
      key: 'CORE-1',
      fields: {
        summary: 'A story',
        project: { id: '1', key: 'CORE' },
        issuetype: { id: '1', name: 'Story' },
        status: { id: '1', name: 'To Do', statusCategory: { key: 'new' } },
        created: '2026-11-01T09:00:00.000+0000',
        updated: '2026-11-01T09:00:00.000+0000',
      },
    },
  ],
  permissions: { ada: ['CORE'] },
});

/** What a resolver answers when Jira's 429 asks for 40 s, more than a resolver may wait. */
const busy = toErrorEnvelope(
  new JiraError('rate-limited', 429, 'Jira answered 429 to GET /rest/api/3/project/search: Rate limit exceeded.', ['Rate limit exceeded.'], 40),
);
const plainWords = 'Jira is busy answering other requests right now. Try again in about 40 seconds.';

const emptyPanel: IssueGovernanceDto = {
  issueKey: 'CORE-1',
  projectKey: 'CORE',
  summary: 'A story',
  raidItem: null,
  related: [],
  upstream: [],
  complianceViolations: [],
  projectRag: null,
  changes: [],
  approvedBaseline: null,
  partial: false,
  jiraRequests: 2,
};
const emptyPortfolio = {
  asOf: null,
  totals: aggregateRollups('Portfolio', []),
  programs: [],
  notRefreshed: [{ key: 'CORE', name: 'Core' }],
  refresh: { requestedAt: null, pendingProjects: 0 },
};

type Answer = (functionKey: string) => Promise<unknown>;

jest.setTimeout(90_000);

/** The frame's query beyond the user: the project or issue its module needs, and the config view. */
function frameQuery(surface: SurfaceEntry): Record<string, string> {
  return {
    ...(surface.extensionType === 'jira:projectPage' ? { project: 'CORE' } : {}),
    ...(surface.extensionType === 'jira:issuePanel' ? { issue: 'CORE-1' } : {}),
    ...(surface.configView ? { view: 'config' } : {}),
  };
}

describe('every surface when Jira is busy, in a browser', () => {
  let answer: Answer = () => Promise.resolve(busy);
  const suite = useBrowserSuite({ site, answer: (request) => answer(request.functionKey) });

  beforeAll(async () => {
    // The macro is set up, so its page asks for the report as well as for who is reading.
    const saved = await fetch(`${suite.server.url}/api/macro-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ localId: 'local-macro-executive-status-report', config: defaultReportConfig }),
    });
    expect(saved.status).toBe(200);
  });

  async function open(surface: SurfaceEntry): Promise<OpenedPage & { frame: Frame }> {
    const { page, problems } = await suite.openSurface(surface.moduleKey, 'ada', {
      query: frameQuery(surface),
      viewport: { width: surface.extensionType === 'jira:issuePanel' ? 380 : 1280, height: 900 },
      heading: surface.heading,
    });
    return { page, frame: page.mainFrame(), problems };
  }

  /** The loads each surface shows as failed when every resolver answers RATE_LIMITED. */
  const failedLoads: Readonly<Record<SurfaceEntry['id'], number>> = {
    portfolio: 1,
    'project-page': 1,
    'issue-panel': 1,
    // The governance settings (who is reading shows on the harness, not on the surface).
    'admin-page': 1,
    // The report and its frozen copies.
    'report-macro': 2,
    // The baselines to choose from.
    'report-macro-config': 1,
  };

  it.each(surfaceCatalog.map((surface) => [surface.title, surface] as const))(
    'the %s says in plain words that Jira is busy and when to try again, with a Try again button',
    async (_title, surface) => {
      answer = () => Promise.resolve(busy);
      const { page, frame, problems } = await open(surface);
      const notices = frame.getByText(plainWords);
      const expected = failedLoads[surface.id];
      await notices.nth(expected - 1).waitFor();
      expect(await notices.count()).toBe(expected);
      expect(await frame.getByRole('button', { name: 'Try again' }).count()).toBe(expected);
      expect(await frame.locator('main').textContent()).not.toContain('429');
      expect(await seriousAxeViolations(frame, surface.id)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.each<[string, SurfaceEntry['id'], string, unknown]>([
    ['the portfolio', 'portfolio', 'Nothing refreshed yet', emptyPortfolio],
    ['the issue panel', 'issue-panel', 'No risks, assumptions, issues or dependencies are linked to this issue or its parent.', emptyPanel],
  ])('loads %s again on Try again, and shows it once Jira answers', async (_name, id, shownOnceLoaded, data) => {
    const surface = surfaceCatalog.find((s) => s.id === id);
    if (surface === undefined) throw new Error(`No surface ${id} in the catalog.`);
    let calls = 0;
    const resolverKey = id === 'portfolio' ? 'getPortfolio' : 'getIssueGovernance';
    answer = (functionKey) => {
      if (functionKey !== resolverKey) return Promise.resolve(busy);
      calls += 1;
      return Promise.resolve(calls === 1 ? busy : { ok: true, data });
    };
    const { page, frame, problems } = await open(surface);
    await frame.getByText(plainWords).waitFor();
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.getByText(shownOnceLoaded).waitFor();
    expect(calls).toBe(2);
    expect(await frame.getByText(plainWords).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
