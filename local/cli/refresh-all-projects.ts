import { asApp } from '@forge/api';
import { createPortfolioJira } from '../../src/adapters/jira/create-portfolio-jira';
import { createJqlMatcher } from '../../src/adapters/jira/create-jql-matcher';
import { createJiraClient } from '../../src/adapters/jira/jira-client';
import { createRefreshCheckpoints } from '../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../src/adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../../src/adapters/kvs/create-template-store';
import { createWorkItemStore } from '../../src/adapters/kvs/create-work-item-store';
import { createAssignmentSource } from '../../src/app/templates/create-assignment-source';
import { listPortfolioProjects } from '../../src/app/list-portfolio-projects';
import { refreshProject } from '../../src/app/refresh-project';
import { changeControlRefreshDeps } from '../../src/triggers/change-control-refresh-deps';
import { intakeRefreshDeps } from '../../src/triggers/intake-refresh-deps';
import { runInInvocation } from '../forge-runtime/invocation-scope';

/**
 * A full refresh of every project, as the app, with `now` fixed: what the daily job does, run in one go so the CLI's
 * output depends only on the site and --now.
 */
export function refreshAllProjects(now: Date): Promise<void> {
  return runInInvocation({ moduleKey: 'pmo-cli', accountId: null, timeoutMs: 900_000 }, async () => {
    const jira = createPortfolioJira(createJiraClient(asApp()));
    const stores = {
      rollups: createRollupStore(),
      workItems: createWorkItemStore(),
      checkpoints: createRefreshCheckpoints(),
      snapshots: createSnapshotStore(),
    };
    const mapping = await jira.discoverFieldMapping();
    for (const project of await listPortfolioProjects(jira)) {
      await refreshProject(
        {
          jira,
          ...stores,
          now: () => now,
          keepGoing: () => true,
          governanceFor: createAssignmentSource(createTemplateStore()),
          jqlMatchIds: createJqlMatcher(createJiraClient(asApp())),
          ...changeControlRefreshDeps(createJiraClient(asApp()), () => now),
          ...intakeRefreshDeps(createJiraClient(asApp()), () => now),
        },
        { project, mode: 'full', mapping },
      );
    }
  });
}
