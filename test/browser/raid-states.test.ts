/**
 * The loading, error and empty states of the Governance panel and the project page, driven by a stand-in resolver
 * behind the real dev server and UI build: states the demo site does not produce on its own.
 */
import { parseSiteFile } from '../../local/site/load-site-file';
import type { IssueGovernanceDto } from '../../src/contract/raid-governance-dto';
import type { ProjectRaidDto } from '../../src/contract/raid-project-dto';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { emptyChangeControl } from './support/empty-change-control';
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

type Answer = (functionKey: string) => Promise<unknown>;

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
const emptyProject: ProjectRaidDto = {
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

jest.setTimeout(60_000);

describe("the RAID surfaces' states in a browser", () => {
  let answer: Answer = () => Promise.resolve(null);
  // The project page's change-control section is answered as a project without a baseline; these states are the RAID log's.
  const suite = useBrowserSuite({
    site,
    answer: (request) => (request.functionKey === 'getChangeControl' ? Promise.resolve(emptyChangeControl('CORE')) : answer(request.functionKey)),
  });

  function open(surface: 'panel' | 'project'): Promise<OpenedPage> {
    return surface === 'panel'
      ? suite.openSurface(moduleKeys.issuePanel, 'ada', { query: { issue: 'CORE-1' }, viewport: { width: 380, height: 900 } })
      : suite.openSurface(moduleKeys.projectPage, 'ada', { query: { project: 'CORE' }, viewport: { width: 1280, height: 900 } });
  }

  it.each<['panel' | 'project', string]>([
    ['panel', 'Loading governance'],
    ['project', 'Loading the RAID log'],
  ])('shows the %s a labelled spinner while the app has not answered', async (surface, label) => {
    answer = () => new Promise(() => undefined);
    const { page, problems } = await open(surface);
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toContain(label);
    expect(await seriousAxeViolations(page.mainFrame(), surface === 'panel' ? 'issue-panel' : 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each<['panel' | 'project', string, string]>([
    ['panel', 'The governance of this issue could not be loaded', 'Jira did not answer in time; try again shortly.'],
    ['project', 'The RAID log could not be loaded', 'You may not browse project CORE, or it does not exist.'],
  ])("shows the %s the resolver's message on an error envelope", async (surface, title, message) => {
    answer = () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message } });
    const { page, problems } = await open(surface);
    await page.getByRole('heading', { name: title }).waitFor();
    expect(await page.locator('main').textContent()).toContain(message);
    expect(await seriousAxeViolations(page.mainFrame(), surface === 'panel' ? 'issue-panel' : 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so in the panel when nothing bears on the issue and the project has no roll-up yet', async () => {
    answer = () => Promise.resolve({ ok: true, data: emptyPanel });
    const { page, problems } = await open('panel');
    await page.getByText('No risks, assumptions, issues or dependencies are linked to this issue or its parent.').waitFor();
    expect(await page.getByText('Nothing you can see blocks this issue.').isVisible()).toBe(true);
    expect(await page.getByText('No roll-up yet').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so on the project page when the RAID log is empty, instead of an empty table', async () => {
    answer = () => Promise.resolve({ ok: true, data: emptyProject });
    const { page, problems } = await open('project');
    await page.getByText('No RAID items match these filters.').waitFor();
    expect(await page.locator('.pmo-table').count()).toBe(0);
    expect(await page.getByText('This project waits on nothing you can see.').isVisible()).toBe(true);
    expect(await page.getByText('This project has no milestones or phase gates').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
