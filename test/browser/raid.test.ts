/**
 * The Governance panel and the project page in a real browser, on the demo site after one daily refresh: a story
 * inherits its epic's high risk, a risk shows its matrix cell, the heat map filters the RAID log, the portfolio opens a
 * project's page, and the restricted user sees nothing of the confidential project HRB.
 */
import { join } from 'node:path';
import { demoHiddenProjectKey, demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import type { SiteIssue } from '../../local/site/site-file-schema';
import { moduleKeys } from '../../static/app/src/routing/module-keys';
import { seriousAxeViolations } from './run-axe';
import { demoNow } from './support/demo-now';
import { useBrowserSuite, type OpenedPage } from './support/use-browser-suite';

const site = generateDemoSite({ now: demoNow });

jest.setTimeout(120_000);

interface LinkView {
  readonly typeName: string;
  readonly otherKey: string;
}

function fieldsOf(issue: SiteIssue): { type: string; status: string; parent: string | null; links: LinkView[]; probability: string; impact: string } {
  const f = issue.fields as {
    issuetype?: { name?: string };
    status?: { statusCategory?: { key?: string } };
    parent?: { key?: string };
    issuelinks?: { type?: { name?: string }; outwardIssue?: { key?: string }; inwardIssue?: { key?: string } }[];
    customfield_10052?: { value?: string };
    customfield_10053?: { value?: string };
  };
  return {
    type: f.issuetype?.name ?? '',
    status: f.status?.statusCategory?.key ?? '',
    parent: f.parent?.key ?? null,
    links: (f.issuelinks ?? []).map((l) => ({ typeName: l.type?.name ?? '', otherKey: l.outwardIssue?.key ?? l.inwardIssue?.key ?? '' })),
    probability: f.customfield_10052?.value ?? '',
    impact: f.customfield_10053?.value ?? '',
  };
}

const byKey = new Map(site.issues.map((issue) => [issue.key, issue]));
/** The demo's promise (linkEpicRisk): an open high or critical risk relates to an epic with open stories. */
const epicRisk = site.issues.find((issue) => {
  const f = fieldsOf(issue);
  return f.type === 'Risk' && f.status !== 'done' && f.links.some((l) => l.typeName === 'Relates' && fieldsOf(byKey.get(l.otherKey) ?? issue).type === 'Epic');
});
const epicKey =
  epicRisk === undefined ? undefined : fieldsOf(epicRisk).links.find((l) => fieldsOf(byKey.get(l.otherKey) ?? epicRisk).type === 'Epic')?.otherKey;
const story = site.issues.find((issue) => fieldsOf(issue).type === 'Story' && fieldsOf(issue).parent === epicKey && fieldsOf(issue).status !== 'done');
/** A CORE issue that an HRB issue blocks (the demo's confidential-blocker scenario). */
const blockedByHidden = site.issues.find(
  (issue) => issue.key.startsWith('CORE-') && fieldsOf(issue).links.some((l) => l.otherKey.startsWith(`${demoHiddenProjectKey}-`)),
);

const suite = useBrowserSuite({ site });

const openSurface = (moduleKey: string, { as, ...query }: { as: string } & Record<string, string>, width: number): Promise<OpenedPage> =>
  suite.openSurface(moduleKey, as, { query, viewport: { width, height: 1000 } });

describe('the RAID surfaces on the refreshed demo site', () => {
  it('finds the demo scenarios it relies on', () => {
    expect([epicRisk?.key, epicKey, story?.key, blockedByHidden?.key].every((key) => typeof key === 'string')).toBe(true);
  });

  it('shows on a story under an epic the high risk inherited from that epic', async () => {
    const { page, problems } = await openSurface(moduleKeys.issuePanel, { as: demoUsers.pm.accountId, issue: story?.key ?? '' }, 380);
    const list = page.getByRole('list', { name: 'RAID items for this issue' });
    const entry = list.getByRole('listitem').filter({ hasText: epicRisk?.key ?? 'no risk' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(`inherited from ${epicKey ?? ''}`);
    expect(await entry.textContent()).toMatch(/(High|Critical) \d+/);
    expect(await seriousAxeViolations(page.mainFrame(), 'issue-panel')).toEqual([]);
    await page.screenshot({ path: join(suite.screenshotDir, 'issue-panel.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows on a RAID risk its kind, score and matrix cell', async () => {
    const risk = epicRisk === undefined ? null : fieldsOf(epicRisk);
    const { page, problems } = await openSurface(moduleKeys.issuePanel, { as: demoUsers.pm.accountId, issue: epicRisk?.key ?? '' }, 380);
    const facts = page.getByLabel('This RAID item');
    await facts.waitFor();
    const probability = risk?.probability.slice(0, 1) ?? '';
    const impact = risk?.impact.slice(0, 1) ?? '';
    expect(await facts.textContent()).toContain(`Probability ${probability} x impact ${impact}`);
    expect(await facts.textContent()).toContain(`Score${String(Number(probability) * Number(impact))}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters the RAID log to the risks of a heat-map cell when the cell is clicked, and back when clicked again', async () => {
    const { page, problems } = await openSurface(moduleKeys.projectPage, { as: demoUsers.pm.accountId, project: 'CORE' }, 1400);
    await page.getByRole('heading', { level: 2, name: /^RAID log of / }).waitFor();
    const rows = page.locator('.pmo-table tbody tr');
    const allRows = await rows.count();
    const cell = page.getByRole('button', { name: /^Probability \d, impact \d, \w+: [1-9]\d* open risks?$/ }).first();
    const name = (await cell.getAttribute('aria-label')) ?? '';
    const [, probability, impact, count] = /^Probability (\d), impact (\d), \w+: (\d+)/.exec(name) ?? [];
    await page.screenshot({ path: join(suite.screenshotDir, 'project-page.png'), fullPage: true });
    await cell.click();
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    await page.getByText(`open risks at probability ${probability ?? ''}, impact ${impact ?? ''}`).waitFor();
    expect(await rows.count()).toBe(Number(count));
    for (const row of await rows.all()) expect(await row.textContent()).toContain(`(P${probability ?? ''} x I${impact ?? ''})`);
    await cell.click();
    expect(await rows.count()).toBe(allRows);
    expect(await seriousAxeViolations(page.mainFrame(), 'project-page')).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("opens a project's page from its name in the portfolio: the harness switches project and shows that frame", async () => {
    const target = site.projects.find((p) => p.key === 'DATA') ?? site.projects[0];
    const { page, problems } = await suite.open(`/?as=${encodeURIComponent(demoUsers.pm.accountId)}`, { viewport: { width: 1600, height: 900 } });
    const portfolio = page.frameLocator('iframe[data-surface="portfolio"]');
    const link = portfolio.getByRole('button', { name: target?.name ?? 'no project' });
    await link.click();
    await page.waitForURL(new RegExp(`project=${target?.key ?? ''}`));
    const projectPage = page.frameLocator('iframe[data-surface="project-page"]');
    await projectPage.getByRole('heading', { level: 2, name: `RAID log of ${target?.name ?? ''} (${target?.key ?? ''})` }).waitFor();
    await page.waitForFunction(() => {
      const box = document.getElementById('surface-project-page')?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the restricted user no linked item from the confidential project on the CORE issue it blocks', async () => {
    const { page, problems } = await openSurface(moduleKeys.issuePanel, { as: demoUsers.restricted.accountId, issue: blockedByHidden?.key ?? '' }, 380);
    await page.getByRole('heading', { level: 2, name: /^Waits on/ }).waitFor();
    expect(await page.content()).not.toMatch(new RegExp(`\\b${demoHiddenProjectKey}-\\d+`));
    expect(problems).toEqual([]);
    await page.close();
    const pm = await openSurface(moduleKeys.issuePanel, { as: demoUsers.pm.accountId, issue: blockedByHidden?.key ?? '' }, 380);
    await pm.page.getByRole('heading', { level: 2, name: /^Waits on/ }).waitFor();
    expect(await pm.page.content()).toMatch(new RegExp(`\\b${demoHiddenProjectKey}-\\d+`));
    await pm.page.close();
  });
});
