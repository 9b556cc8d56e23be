import { asApp } from '@forge/api';
import { createPortfolioJira } from '../../src/adapters/jira/create-portfolio-jira';
import { createJiraClient } from '../../src/adapters/jira/jira-client';
import { jiraRetryPolicies } from '../../src/adapters/jira/jira-retry-policies';
import { createApprovedBaselineStore } from '../../src/adapters/kvs/create-approved-baseline-store';
import { createChangeDecisionStore } from '../../src/adapters/kvs/create-change-decision-store';
import { createRefreshCheckpoints } from '../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../src/adapters/kvs/create-snapshot-store';
import { createWorkItemStore } from '../../src/adapters/kvs/create-work-item-store';
import { loadChangeControlInputs } from '../../src/app/change-control/load-change-control-inputs';
import { refreshProject, type RefreshProjectOutcome, type RefreshProjectRequest } from '../../src/app/refresh-project';
import { takeApprovedBaseline } from '../../src/domain/change-control/take-approved-baseline';
import { parseAccountId } from '../../src/domain/ids/parse-account-id';
import type { ProjectRollup } from '../../src/domain/rollup/project-rollup';
import { defaultTemplate } from '../../src/domain/template/default-template';
import type { Template } from '../../src/domain/template/template';
import { instantOf } from '../../src/domain/time/instant-of';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import type { SiteFile } from '../../local/site/site-file-schema';

const siteNow = new Date('2026-11-20T12:00:00.000Z');
const refreshAt = new Date('2026-11-21T12:00:00.000Z');
const later = (hours: number): Date => new Date(refreshAt.getTime() + hours * 3_600_000);
const noWait = { ...jiraRetryPolicies.jobs, sleep: () => Promise.resolve() };
const site: SiteFile = generateDemoSite({ now: siteNow, scale: 2500 });

/** The default template rating the schedule on uncontrolled slips alone, so the test reads that finding by itself. */
const slipsOnly: Template = {
  ...defaultTemplate,
  ragPolicy: {
    ...defaultTemplate.ragPolicy,
    schedule: { ...defaultTemplate.ragPolicy.schedule, spi: { amberBelow: 0, redBelow: 0 }, overdueMilestones: { amberAtLeast: 10_000, redAtLeast: 10_000 } },
  },
};

function done(outcome: RefreshProjectOutcome): ProjectRollup {
  if (outcome.status !== 'done') throw new Error('the refresh paused');
  return outcome.rollup;
}

async function harness() {
  const clock = { now: refreshAt };
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => clock.now } });
  if (app.fake === null) throw new Error('the local app has no Jira fake');
  const fake = app.fake;
  const jira = createPortfolioJira(createJiraClient(asApp(), noWait));
  const mapping = await jira.discoverFieldMapping();
  const project = await jira.findProject('CORE');
  if (project === null) throw new Error('no project CORE');
  const stores = { baselines: createApprovedBaselineStore(), decisions: createChangeDecisionStore() };
  const deps = {
    jira,
    rollups: createRollupStore(),
    workItems: createWorkItemStore(),
    checkpoints: createRefreshCheckpoints(),
    snapshots: createSnapshotStore(),
    now: () => clock.now,
    keepGoing: () => true,
    governanceFor: () => Promise.resolve({ template: slipsOnly, program: null }),
    changeControlFor: (key: typeof project.key) => loadChangeControlInputs(stores, key),
  };
  /** Refreshes CORE and answers the roll-up with the Jira requests the refresh made. */
  const refresh = async (request: Partial<RefreshProjectRequest> = {}) => {
    fake.resetTraffic();
    const rollup = done(await refreshProject(deps, { project, mode: 'full', mapping, ...request }));
    return { rollup, requests: fake.traffic().total };
  };
  /** Approves CORE's plan as the refresh stored it, as version 1. */
  const approve = async () => {
    const items = (await deps.workItems.loadProjectIssues('CORE')) ?? [];
    const approvedBy = parseAccountId('sponsor');
    if (approvedBy === null) throw new Error('test data');
    const baseline = takeApprovedBaseline({
      projectKey: project.key,
      items: items.map((issue) => issue.item),
      budgetAtCompletion: null,
      scope: null,
      approvedAt: instantOf(clock.now),
      approvedBy,
    });
    await stores.baselines.addVersion(baseline);
    return baseline;
  };
  return { fake, clock, refresh, approve };
}

describe('refreshProject keeps change control in the roll-up', () => {
  it('names a milestone slipped past the approved baseline, rates the schedule amber for it, and asks Jira nothing more', async () => {
    const h = await harness();
    const before = await h.refresh();
    expect(before.rollup.changeControl).toMatchObject({ baselineVersion: null, uncontrolledSlips: 0 });
    expect(before.rollup.rag.schedule.rag).toBe('green');

    const baseline = await h.approve();
    const milestone = baseline.items.find((item) => item.kind === 'milestone');
    if (milestone === undefined) throw new Error('the demo site has a dated CORE milestone');
    h.fake.updateIssue(milestone.key, { duedate: '2099-01-15' }, later(1));
    h.clock.now = later(2);

    const after = await h.refresh();
    expect(after.rollup.changeControl).toMatchObject({
      baselineVersion: 1,
      uncontrolledSlips: 1,
      slips: [{ itemKey: milestone.key, approvedDue: milestone.due, currentDue: '2099-01-15' }],
    });
    expect(after.rollup.rag.schedule).toMatchObject({
      rag: 'amber',
      reason: '1 slip past the approved baseline has no approved change (amber at 1 or more)',
    });
    expect(after.requests).toBe(before.requests);
  });

  it('keeps it in incremental refreshes and in re-computations from storage, which read no more of Jira for it', async () => {
    const h = await harness();
    await h.refresh();
    const baseline = await h.approve();
    const milestone = baseline.items.find((item) => item.kind === 'milestone');
    if (milestone === undefined) throw new Error('the demo site has a dated CORE milestone');
    h.fake.updateIssue(milestone.key, { duedate: '2099-01-15' }, later(1));
    h.clock.now = later(2);

    const incremental = await h.refresh({ mode: 'incremental' });
    expect(incremental.rollup.changeControl?.uncontrolledSlips).toBe(1);
    expect(incremental.requests).toBe(1);

    h.clock.now = later(3);
    const recomputed = await h.refresh({ mode: 'incremental', supplied: { issues: [], readUntil: null } });
    expect(recomputed.rollup.changeControl?.uncontrolledSlips).toBe(1);
    expect(recomputed.rollup.rag.schedule.rag).toBe('amber');
    expect(recomputed.requests).toBe(0);
  });
});
