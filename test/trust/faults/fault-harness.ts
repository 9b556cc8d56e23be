import { asApp } from '@forge/api';
import { createJqlMatcher } from '../../../src/adapters/jira/create-jql-matcher';
import { createPortfolioJira } from '../../../src/adapters/jira/create-portfolio-jira';
import { createJiraClient, type JiraClient, type JiraRequester } from '../../../src/adapters/jira/jira-client';
import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';
import type { JiraRetryPolicy } from '../../../src/adapters/jira/jira-retry-policy';
import { createRefreshCheckpoints } from '../../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../../src/adapters/kvs/create-snapshot-store';
import { createWorkItemStore } from '../../../src/adapters/kvs/create-work-item-store';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { createAssignmentSource } from '../../../src/app/templates/create-assignment-source';
import { refreshProject, type RefreshProjectOutcome } from '../../../src/app/refresh-project';
import type { FieldMapping } from '../../../src/ports/field-mapping';
import type { RollupStore } from '../../../src/ports/rollup-store';
import type { WorkItemStore } from '../../../src/ports/work-item-store';
import type { PortfolioProject } from '../../../src/ports/portfolio-project';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { FaultOptions } from '../../../local/jira-fake/fault-options';
import type { JiraFake } from '../../../local/jira-fake/create-jira-fake';
import type { SiteFile } from '../../../local/site/site-file-schema';

/** The moment every refresh of the fault suite runs at, so clean and faulty runs compute the same roll-ups. */
export const refreshAt = new Date('2026-11-21T12:00:00.000Z');

export interface FaultHarnessOptions {
  readonly site: SiteFile;
  readonly faults?: FaultOptions;
  /** Wraps the app's Jira requester, e.g. to kill the refresh after some requests. */
  readonly wrap?: (requester: JiraRequester) => JiraRequester;
  /** Overrides of the retry policy; its sleep is recorded and never waits. */
  readonly policy?: Partial<Omit<JiraRetryPolicy, 'sleep'>>;
}

export interface FaultHarness {
  readonly app: LocalApp;
  readonly fake: JiraFake;
  readonly rollups: RollupStore;
  readonly workItems: WorkItemStore;
  readonly client: JiraClient;
  readonly policy: JiraRetryPolicy;
  /** Every wait the client asked for, in milliseconds. */
  readonly sleeps: readonly number[];
  readonly mapping: FieldMapping;
  projects(): Promise<readonly PortfolioProject[]>;
  /** One refresh call for the project, through the app's real refresh with governance and JQL rules. */
  refresh(project: PortfolioProject, keepGoing?: () => boolean): Promise<RefreshProjectOutcome>;
}

/**
 * The app's refresh over the Jira fake with injected faults: the local runtime (real SDKs, in-memory KVS), a Jira
 * client acting as the app whose retry waits are recorded instead of slept, and the project's governance.
 */
export async function createFaultHarness(options: FaultHarnessOptions): Promise<FaultHarness> {
  const app = await createLocalApp({
    site: options.site,
    dataDir: null,
    fakeOptions: { now: () => refreshAt, ...(options.faults === undefined ? {} : { faults: options.faults }) },
  });
  if (app.fake === null) throw new Error('the local app has no Jira fake');
  const sleeps: number[] = [];
  const policy: JiraRetryPolicy = {
    ...jiraRetryPolicies.jobs,
    ...options.policy,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
  const requester = options.wrap === undefined ? asApp() : options.wrap(asApp());
  const client = createJiraClient(requester, policy);
  const jira = createPortfolioJira(client);
  const stores = { rollups: createRollupStore(), workItems: createWorkItemStore(), checkpoints: createRefreshCheckpoints(), snapshots: createSnapshotStore() };
  const mapping = await jira.discoverFieldMapping();
  const deps = { jira, ...stores, now: () => refreshAt, governanceFor: createAssignmentSource(createTemplateStore()), jqlMatchIds: createJqlMatcher(client) };
  return {
    app,
    fake: app.fake,
    rollups: stores.rollups,
    workItems: stores.workItems,
    client,
    policy,
    sleeps,
    mapping,
    projects: () => jira.listProjects(),
    refresh: (project, keepGoing = () => true) => refreshProject({ ...deps, keepGoing }, { project, mode: 'full', mapping }),
  };
}
