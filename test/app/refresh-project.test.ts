import { asApp } from '@forge/api';
import { createPortfolioJira } from '../../src/adapters/jira/create-portfolio-jira';
import { createJiraClient } from '../../src/adapters/jira/jira-client';
import { jiraRetryPolicies } from '../../src/adapters/jira/jira-retry-policies';
import { createRefreshCheckpoints } from '../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../src/adapters/kvs/create-snapshot-store';
import { createWorkItemStore } from '../../src/adapters/kvs/create-work-item-store';
import { refreshProject, type RefreshProjectOutcome } from '../../src/app/refresh-project';
import type { ProjectRollup } from '../../src/domain/rollup/project-rollup';
import type { FieldMapping } from '../../src/ports/field-mapping';
import type { PortfolioProject } from '../../src/ports/portfolio-project';
import { demoFieldIds } from '../../local/demo/demo-field-ids';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import type { FaultOptions } from '../../local/jira-fake/fault-options';
import type { SiteFile } from '../../local/site/site-file-schema';

const siteNow = new Date('2026-11-20T12:00:00.000Z');
/** The refresh runs a day after the site's last edit, so only edits made in the test count as changes. */
const refreshAt = new Date('2026-11-21T12:00:00.000Z');
const hours = (n: number): Date => new Date(refreshAt.getTime() + n * 3_600_000);
const noWait = { ...jiraRetryPolicies.jobs, sleep: () => Promise.resolve() };
const site: SiteFile = generateDemoSite({ now: siteNow, scale: 2500 });
const SEARCH = 'POST /rest/api/3/search/jql';

interface Harness {
  readonly app: LocalApp;
  readonly fake: NonNullable<LocalApp['fake']>;
  readonly clock: { now: Date };
  refresh(
    project: PortfolioProject,
    mode: 'full' | 'incremental',
    keepGoing?: () => boolean,
    removedIssueIds?: readonly string[],
  ): Promise<RefreshProjectOutcome>;
  readonly mapping: FieldMapping;
  readonly project: PortfolioProject;
  readonly projects: () => Promise<readonly PortfolioProject[]>;
  /** Requests the app's Jira client sent, retries included. */
  readonly requests: () => number;
}

async function harness(faults?: FaultOptions, projectKey = 'CORE'): Promise<Harness> {
  const clock = { now: refreshAt };
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => clock.now, ...(faults ? { faults } : {}) } });
  if (app.fake === null) throw new Error('the local app has no Jira fake');
  const client = createJiraClient(asApp(), noWait);
  const jira = createPortfolioJira(client);
  const stores = { rollups: createRollupStore(), workItems: createWorkItemStore(), checkpoints: createRefreshCheckpoints(), snapshots: createSnapshotStore() };
  const mapping = await jira.discoverFieldMapping();
  const project = await jira.findProject(projectKey);
  if (project === null) throw new Error(`no project ${projectKey}`);
  return {
    app,
    fake: app.fake,
    clock,
    mapping,
    project,
    projects: () => jira.listProjects(),
    requests: () => client.requestCount(),
    refresh: (p, mode, keepGoing = () => true, removedIssueIds = []) =>
      refreshProject({ jira, ...stores, now: () => clock.now, keepGoing }, { project: p, mode, mapping, removedIssueIds }),
  };
}

const issuesOf = (s: SiteFile, projectKey: string) => s.issues.filter((i) => i.key.startsWith(`${projectKey}-`));

function done(outcome: RefreshProjectOutcome): ProjectRollup {
  if (outcome.status !== 'done') throw new Error(`the refresh paused after ${String(outcome.pagesRead)} pages`);
  return outcome.rollup;
}

describe('refreshProject through the real SDKs against the Jira fake', () => {
  it('discovers the demo site custom fields by name', async () => {
    const { mapping } = await harness();
    expect(mapping).toEqual({
      storyPoints: null,
      storyPointEstimate: demoFieldIds.storyPoints,
      startDate: demoFieldIds.startDate,
      budget: demoFieldIds.budget,
      actualCost: demoFieldIds.actualCost,
      probability: demoFieldIds.probability,
      impact: demoFieldIds.impact,
      mitigation: demoFieldIds.mitigation,
      program: demoFieldIds.program,
      flagged: demoFieldIds.flagged,
      // The demo site has no intake criteria fields yet.
      businessValue: 'customfield_10059',
      timeCriticality: 'customfield_10060',
      riskReduction: 'customfield_10061',
      jobSize: 'customfield_10062',
      estimatedCost: 'customfield_10063',
      expectedBenefit: 'customfield_10064',
      strategicTheme: 'customfield_10065',
    });
  });

  it.each(['CORE', 'OPS', 'HRB'])('stores a full roll-up of %s covering every issue, in ceil(n/100) search pages and nothing else', async (key) => {
    const h = await harness(undefined, key);
    const n = issuesOf(h.fake.site, key).length;
    h.fake.resetTraffic();
    const rollup = done(await h.refresh(h.project, 'full'));
    const traffic = h.fake.traffic();
    expect(traffic.byEndpoint[SEARCH]).toBe(Math.ceil(n / 100));
    expect(traffic.total).toBe(Math.ceil(n / 100));
    const stored = await createRollupStore().loadRollup(key);
    expect(stored?.rollup).toEqual(rollup);
    expect(stored?.refresh).toMatchObject({ itemCount: n, partial: false, mode: 'full', asOf: refreshAt.toISOString() });
    expect(rollup.counts.total).toBe(n);
    await expect(createSnapshotStore().listSnapshotDays(key)).resolves.toEqual(['2026-11-21']);
  });

  it('reads only the changed issues in an incremental refresh, and ends where a full refresh would', async () => {
    const h = await harness();
    done(await h.refresh(h.project, 'full'));
    const doneStatus = h.fake.site.statuses.find((s) => s.statusCategory.key === 'done');
    const open = issuesOf(h.fake.site, 'CORE')
      .filter((i) => i.fields.status.statusCategory.key !== 'done')
      .slice(0, 3);
    expect(open).toHaveLength(3);
    for (const issue of open) h.fake.updateIssue(issue.key, { status: doneStatus }, hours(1));
    h.clock.now = hours(2);
    h.fake.resetTraffic();

    const outcome = await h.refresh(h.project, 'incremental');
    const incremental = done(outcome);
    expect(outcome).toMatchObject({ mode: 'incremental', issuesRead: 3 });
    // One page of changed issues and nothing else: the cost follows what changed, not the project's size.
    expect(h.fake.traffic().total).toBe(1);
    expect(h.fake.traffic().byEndpoint[SEARCH]).toBe(1);

    const n = issuesOf(h.fake.site, 'CORE').length;
    expect(incremental.counts.total).toBe(n);
    const full = done(await h.refresh(h.project, 'full'));
    expect(incremental).toEqual(full);
  });

  it('drops an issue named by a delete event in an incremental refresh', async () => {
    const h = await harness();
    const before = done(await h.refresh(h.project, 'full'));
    const victim = h.fake.site.issues.findIndex((i) => i.key.startsWith('CORE-') && i.fields.issuetype.name === 'Story');
    const [deleted] = h.fake.site.issues.splice(victim, 1);
    if (!deleted) throw new Error('the demo site has a CORE story');
    h.clock.now = hours(1);
    const after = done(await h.refresh(h.project, 'incremental', () => true, [deleted.id]));
    expect(after.counts.total).toBe(before.counts.total - 1);
    await expect(createWorkItemStore().loadProjectIssues('CORE')).resolves.toHaveLength(before.counts.total - 1);
  });

  it('re-computes from storage without reading Jira, and never over a refresh that merged changes after it loaded the items', async () => {
    const h = await harness();
    done(await h.refresh(h.project, 'full'));
    const doneStatus = h.fake.site.statuses.find((s) => s.statusCategory.key === 'done');
    const [open] = issuesOf(h.fake.site, 'CORE').filter((i) => i.fields.status.statusCategory.key !== 'done');
    if (open === undefined || doneStatus === undefined) throw new Error('test data');
    h.fake.updateIssue(open.key, { status: doneStatus }, hours(1));
    h.clock.now = hours(2);
    h.fake.resetTraffic();
    const jira = createPortfolioJira(createJiraClient(asApp(), noWait));
    const stores = {
      rollups: createRollupStore(),
      workItems: createWorkItemStore(),
      checkpoints: createRefreshCheckpoints(),
      snapshots: createSnapshotStore(),
    };
    let mergedMeanwhile = false;
    // While the re-computation holds the items it loaded, an incremental refresh merges the change and stores it.
    const racing = {
      ...stores.workItems,
      loadProjectIssues: async (key: string) => {
        const items = await stores.workItems.loadProjectIssues(key);
        if (!mergedMeanwhile) {
          mergedMeanwhile = true;
          h.clock.now = hours(3);
          done(await h.refresh(h.project, 'incremental'));
        }
        return items;
      },
    };
    const recomputed = await refreshProject(
      { jira, ...stores, workItems: racing, now: () => h.clock.now, keepGoing: () => true },
      { project: h.project, mode: 'incremental', mapping: h.mapping, supplied: { issues: [], readUntil: null } },
    );
    expect(h.fake.traffic().byEndpoint[SEARCH]).toBe(1);
    const stored = await stores.rollups.loadRollup('CORE');
    expect(done(recomputed)).toEqual(stored?.rollup);
    expect(stored?.rollup.counts.done).toBeGreaterThan(0);
    const items = await stores.workItems.loadProjectIssues('CORE');
    expect(items?.find((issue) => issue.item.key === open.key)?.item.statusCategory).toBe('done');
  });

  it('computes under injected 429s and 5xx the same roll-ups as without them, for every project', async () => {
    const rollupsOf = async (h: Harness): Promise<ProjectRollup[]> => {
      const rollups: ProjectRollup[] = [];
      for (const project of await h.projects()) rollups.push(done(await h.refresh(project, 'full')));
      return rollups;
    };
    const clean = await harness();
    const expected = await rollupsOf(clean);
    const cleanRequests = clean.requests();
    const faulty = await harness({ rateLimitRate: 0.1, serverErrorRate: 0.05, retryAfterSeconds: 0, seed: 7 });
    const actual = await rollupsOf(faulty);
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(site.projects.length);
    // The faults really happened: the client had to retry.
    expect(faulty.requests()).toBeGreaterThan(cleanRequests);
  });

  it('stops between pages when out of time, shows a partial roll-up, and resumes to the same result', async () => {
    const clean = await harness();
    const expected = done(await clean.refresh(clean.project, 'full'));
    const h = await harness();
    const pagesPerRun = 2;
    let runs = 0;
    let outcome: RefreshProjectOutcome;
    do {
      let asked = 0;
      outcome = await h.refresh(h.project, 'full', () => (asked += 1) < pagesPerRun);
      runs += 1;
      if (runs === 1) {
        expect(outcome).toMatchObject({ status: 'paused', issuesRead: 200 });
        const shown = await createRollupStore().loadRollup('CORE');
        expect(shown?.refresh).toMatchObject({ partial: true, itemCount: 200 });
      }
    } while (outcome.status === 'paused' && runs < 20);
    expect(runs).toBe(Math.ceil(Math.ceil(issuesOf(site, 'CORE').length / 100) / pagesPerRun));
    expect(done(outcome)).toEqual(expected);
    await expect(createRefreshCheckpoints().loadCheckpoint('CORE')).resolves.toBeNull();
    expect(h.app.store.keys().filter((k) => k.startsWith('checkpoint'))).toEqual([]);
  });

  it('falls back to a full read when an incremental refresh finds nothing stored', async () => {
    const h = await harness();
    const outcome = await h.refresh(h.project, 'incremental');
    expect(outcome).toMatchObject({ status: 'done', mode: 'full' });
  });
});
