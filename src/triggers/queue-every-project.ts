import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { getActingTimeZone } from '../adapters/jira/get-acting-time-zone';
import type { JiraClient } from '../adapters/jira/jira-client';
import { firstReadPlanStore } from '../adapters/kvs/first-read-plan-store';
import { jqlTimeZoneStore } from '../adapters/kvs/jql-time-zone-store';
import { listPortfolioProjects } from '../app/list-portfolio-projects';
import type { GovernanceStore } from '../ports/governance-store';
import type { PortfolioJira } from '../ports/portfolio-jira';

/**
 * The full job: rediscovers the custom fields and the time zone (a field added or renamed on the site is picked up
 * without an admin), lists the projects, and queues one job per project so each has its own invocation and time.
 * Daily and manual refreshes read only what changed in a project already held, with a drift check (one count each);
 * a project never read before is read in full, and its issue count (one count each) goes into the first-read plan the
 * portfolio shows progress against. A reread (an admin's deliberate action) reads every project again.
 */
export async function queueEveryProject(client: JiraClient, jira: PortfolioJira, store: GovernanceStore, reason: 'daily' | 'manual' | 'reread', requestedAt: string): Promise<void> {
  await store.saveFieldMapping(await jira.discoverFieldMapping());
  await jqlTimeZoneStore.save(await getActingTimeZone(client));
  const projects = await listPortfolioProjects(jira);
  const held = new Set((await store.listRollups()).filter((stored) => !(stored.refresh.mode === 'full' && stored.refresh.partial && stored.refresh.skippedIssues === 0)).map((stored) => stored.rollup.project.key));
  const unread = projects.filter((project) => !held.has(project.key));
  if (unread.length > 0) {
    const plan = (await firstReadPlanStore.load()) ?? { startedAt: requestedAt, issuesByProject: {} };
    const issuesByProject: Record<string, number> = { ...plan.issuesByProject };
    for (const project of unread) {
      if (issuesByProject[project.key] === undefined) issuesByProject[project.key] = await jira.countIssues(project.key);
    }
    await firstReadPlanStore.save({ startedAt: plan.startedAt, issuesByProject });
  }
  await pushRefreshJobs(
    projects.map((project) => {
      const incremental = reason !== 'reread' && held.has(project.key);
      return {
        kind: 'project' as const,
        projectKey: project.key,
        mode: incremental ? ('incremental' as const) : ('full' as const),
        requestedAt,
        project: { name: project.name, category: project.category, leadId: project.leadId },
        ...(incremental ? { checkDrift: true } : {}),
      };
    }),
  );
}
