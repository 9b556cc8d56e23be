import { asApp } from '@forge/api';
import { createPortfolioJira } from '../../src/adapters/jira/create-portfolio-jira';
import { createJqlMatcher } from '../../src/adapters/jira/create-jql-matcher';
import { createJiraClient } from '../../src/adapters/jira/jira-client';
import { createGovernanceStore } from '../../src/adapters/kvs/create-governance-store';
import { createTemplateStore } from '../../src/adapters/kvs/create-template-store';
import { createGovernanceSource } from '../../src/app/governance/create-governance-source';
import { listPortfolioProjects } from '../../src/app/list-portfolio-projects';
import { refreshProject } from '../../src/app/refresh-project';
import { runInInvocation } from '../forge-runtime/invocation-scope';

/**
 * A full refresh of every project, as the app, with `now` fixed: what the daily job does, run in one go so the CLI's
 * output depends only on the site and --now.
 */
export function refreshAllProjects(now: Date): Promise<void> {
  return runInInvocation({ moduleKey: 'pmo-cli', accountId: null, timeoutMs: 900_000 }, async () => {
    const jira = createPortfolioJira(createJiraClient(asApp()));
    const store = createGovernanceStore();
    const mapping = await jira.discoverFieldMapping();
    for (const project of await listPortfolioProjects(jira)) {
      await refreshProject({ jira, store, now: () => now, keepGoing: () => true, governanceFor: createGovernanceSource(createTemplateStore()), jqlMatchIds: createJqlMatcher(createJiraClient(asApp())) }, { project, mode: 'full', mapping });
    }
  });
}
