import { pushRefreshJobs, type RefreshJobBody } from '../adapters/events/refresh-queue';
import { getActingTimeZone } from '../adapters/jira/get-acting-time-zone';
import type { JiraClient } from '../adapters/jira/jira-client';
import { firstReadPlanStore } from '../adapters/kvs/first-read-plan-store';
import { jqlTimeZoneStore } from '../adapters/kvs/jql-time-zone-store';
import { projectListingStore } from '../adapters/kvs/project-listing-store';
import { sweepScheduleStore } from '../adapters/kvs/sweep-schedule-store';
import { jiraProjectOf } from '../app/jira-project-of';
import { listPortfolioProjects } from '../app/list-portfolio-projects';
import type { ProjectRef } from '../domain/rollup/project-ref';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { PortfolioJira } from '../ports/portfolio-jira';
import type { PortfolioProject } from '../ports/portfolio-project';
import type { RollupStore } from '../ports/rollup-store';

/** How long the daily job trusts the stored time zone and project listing before asking Jira again. */
const RECHECK_AFTER_MS = 7 * 24 * 60 * 60_000;

type Reason = Extract<RefreshJobBody, { kind: 'full' }>['reason'];

const olderThanRecheck = (at: string | null | undefined, requestedAt: string): boolean =>
  at === null || at === undefined || Date.parse(requestedAt) - Date.parse(at) >= RECHECK_AFTER_MS;

/**
 * The projects, listed again (1 point each) unless this is a daily job and one cheap count (2 points) says the site
 * still has as many as at a listing less than a week old; null when not listed.
 */
async function listedProjects(jira: PortfolioJira, reason: Reason, requestedAt: string): Promise<PortfolioProject[] | null> {
  const listing = await projectListingStore.load();
  if (reason === 'daily' && listing !== null && !olderThanRecheck(listing.listedAt, requestedAt) && (await jira.countProjects()) === listing.total) return null;
  const projects = await listPortfolioProjects(jira);
  await projectListingStore.save({ listedAt: requestedAt, total: projects.length });
  return projects;
}

/**
 * The full job. It rediscovers the custom fields (a field added or renamed on the site is picked up without an admin),
 * asks the app user's time zone when the stored one is a week old, and lists the projects (a daily job only when their
 * number changed or the listing is a week old; "Refresh now" and a reread always). A project never read before gets a
 * job that reads it in full (its own invocation and time), and its issue count (one count each) goes into the
 * first-read plan the portfolio shows progress against; a held project whose name, lead or category changed is
 * re-computed with them. The projects already held are brought up to date by one daily sweep (what changed in all of
 * them, then one count of all for drift); a reread (an admin's deliberate action) reads every project again.
 */
export async function queueEveryProject(
  client: JiraClient,
  jira: PortfolioJira,
  stores: { readonly rollups: Pick<RollupStore, 'listRollups'>; readonly fieldMappings: Pick<FieldMappingStore, 'saveFieldMapping'> },
  reason: Reason,
  requestedAt: string,
): Promise<void> {
  await stores.fieldMappings.saveFieldMapping(await jira.discoverFieldMapping());
  const zone = await jqlTimeZoneStore.loadChecked();
  if (reason !== 'daily' || olderThanRecheck(zone?.checkedAt, requestedAt)) await jqlTimeZoneStore.save(await getActingTimeZone(client), requestedAt);
  const rollups = await stores.rollups.listRollups();
  const firstReadDone = rollups.filter((stored) => !(stored.refresh.mode === 'full' && stored.refresh.partial && stored.refresh.skippedIssues === 0));
  const held = new Map(firstReadDone.map((stored) => [stored.rollup.project.key as string, jiraProjectOf(stored)]));
  const listed = await listedProjects(jira, reason, requestedAt);
  // Unlisted, the projects whose first read is unfinished are known from their partial roll-ups.
  const projects: readonly ProjectRef[] = listed ?? rollups.filter((stored) => !held.has(stored.rollup.project.key)).map(jiraProjectOf);
  const reread = reason === 'reread';
  const unread = projects.filter((project) => !held.has(project.key));
  if (unread.length > 0) {
    const plan = (await firstReadPlanStore.load()) ?? { startedAt: requestedAt, issuesByProject: {} };
    const issuesByProject: Record<string, number> = { ...plan.issuesByProject };
    for (const project of unread) {
      if (issuesByProject[project.key] === undefined) issuesByProject[project.key] = await jira.countIssues(project.key);
    }
    await firstReadPlanStore.save({ startedAt: plan.startedAt, issuesByProject });
  }
  const renamed = (project: ProjectRef): boolean => {
    const stored = held.get(project.key);
    return stored !== undefined && (stored.name !== project.name || stored.leadId !== project.leadId || stored.category !== project.category);
  };
  const carried = (project: ProjectRef) => ({ name: project.name, category: project.category, leadId: project.leadId });
  await pushRefreshJobs([
    ...projects
      .filter((project) => reread || !held.has(project.key))
      .map((project) => ({ kind: 'project' as const, projectKey: project.key, mode: 'full' as const, requestedAt, project: carried(project) })),
    ...(reread
      ? []
      : projects
          .filter(renamed)
          .map((project) => ({ kind: 'project' as const, projectKey: project.key, mode: 'stored' as const, requestedAt, project: carried(project) }))),
  ]);
  if (reread || held.size === 0) return;
  // The projects already held are brought up to date by one sweep of what changed in all of them, which then has each
  // one re-computed for the day from storage (queueDailyRecompute). It replaces any sweep waiting for more changes.
  await sweepScheduleStore.due.save(requestedAt);
  await pushRefreshJobs([{ kind: 'sweep', dueAt: requestedAt, daily: true }]);
}
