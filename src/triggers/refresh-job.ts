import { asApp, getAppContext } from '@forge/api';
import { z } from 'zod';
import { pushRefreshJobs, refreshJobBodySchema, type RefreshJobBody } from '../adapters/events/refresh-queue';
import { parseAccountId } from '../domain/ids/parse-account-id';
import { parseProjectKey } from '../domain/ids/parse-project-key';
import type { ProjectRef } from '../domain/rollup/project-ref';
import { createPortfolioJira } from '../adapters/jira/create-portfolio-jira';
import { getActingTimeZone } from '../adapters/jira/get-acting-time-zone';
import { createJiraClient, type JiraClient } from '../adapters/jira/jira-client';
import { jqlTimeZoneStore } from '../adapters/kvs/jql-time-zone-store';
import { createGovernanceStore } from '../adapters/kvs/create-governance-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { createGovernanceSource } from '../app/governance/create-governance-source';
import { createJqlMatcher } from '../adapters/jira/create-jql-matcher';
import { listPortfolioProjects } from '../app/list-portfolio-projects';
import { refreshProject, type RefreshMode } from '../app/refresh-project';
import type { FieldMapping } from '../ports/field-mapping';
import type { GovernanceStore } from '../ports/governance-store';
import type { PortfolioJira } from '../ports/portfolio-jira';

const consumerEventSchema = z.object({ body: refreshJobBodySchema });

/**
 * Time kept back from Forge's 900 s limit when deciding whether to read another page: storing a large project's
 * items, its roll-up and its checkpoint must still fit, and one slow page (with retries) can take tens of seconds.
 */
export const REFRESH_TIME_RESERVE_MS = 180_000;

const timeLeftMs = (): number => getAppContext().invocationRemainingTimeInMillis();

async function fieldMappingFor(jira: PortfolioJira, store: GovernanceStore): Promise<FieldMapping> {
  const stored = await store.loadFieldMapping();
  if (stored !== null) return stored;
  const discovered = await jira.discoverFieldMapping();
  await store.saveFieldMapping(discovered);
  return discovered;
}

interface RefreshOneRequest {
  readonly projectKey: string;
  readonly mode: RefreshMode;
  readonly requestedAt: string;
  /** The project as the job already knows it; looked up in Jira only when neither the job nor the store has it. */
  readonly known: ProjectRef | null;
  readonly removedIssueIds?: readonly string[];
}

async function knownProject(store: GovernanceStore, body: RefreshJobBody): Promise<ProjectRef | null> {
  const key = parseProjectKey(body.kind === 'full' ? '' : body.projectKey);
  if (key === null) return null;
  if (body.kind === 'project' && body.project) {
    return { key, name: body.project.name, category: body.project.category, leadId: body.project.leadId === null ? null : parseAccountId(body.project.leadId) };
  }
  return (await store.loadRollup(key))?.rollup.project ?? null;
}

async function refreshOne(jira: PortfolioJira, store: GovernanceStore, request: RefreshOneRequest): Promise<void> {
  const { projectKey, mode, requestedAt } = request;
  const project = request.known ?? (await jira.findProject(projectKey));
  if (project === null) {
    console.warn(`Refresh skipped: project ${projectKey} is not visible to the app (deleted or archived?)`);
    return;
  }
  const mapping = await fieldMappingFor(jira, store);
  const outcome = await refreshProject(
    { jira, store, now: () => new Date(), keepGoing: () => timeLeftMs() > REFRESH_TIME_RESERVE_MS, governanceFor: createGovernanceSource(createTemplateStore()), jqlMatchIds: createJqlMatcher(createJiraClient(asApp())) },
    { project, mode, mapping, ...(request.removedIssueIds === undefined ? {} : { removedIssueIds: request.removedIssueIds }) },
  );
  // Out of time: the checkpoint holds the progress; a new invocation continues with a fresh time budget.
  if (outcome.status === 'paused') {
    // A full read finds no deleted issue; an incremental one merges into stored items, so the deletions go along.
    const removed = outcome.mode === 'incremental' && request.removedIssueIds !== undefined && request.removedIssueIds.length > 0 ? { removedIssueIds: [...request.removedIssueIds] } : {};
    await pushRefreshJobs([{ kind: 'project', projectKey, mode: outcome.mode, requestedAt, ...removed }]);
  }
}

/**
 * Queue consumer for refresh jobs, acting as the app (it sees every project).
 * - full (daily or manual): discovers the custom fields, lists the projects, and queues one project job each, so
 *   every project gets its own invocation and time budget.
 * - project: refreshes one project (full or incremental) and keeps the day's snapshot; re-queues itself when it must
 *   stop before Forge's time limit.
 * - incremental (an issue changed): clears the project's stale mark, then refreshes it incrementally. The mark is
 *   cleared first so that a change arriving during the refresh marks the project again.
 */
export async function refreshJob(event: unknown): Promise<void> {
  const { body } = consumerEventSchema.parse(event);
  const client = createJiraClient(asApp());
  const store = createGovernanceStore();
  switch (body.kind) {
    case 'full': {
      const jira = createPortfolioJira(client);
      // Rediscovered daily, so a field added or renamed on the site, or a changed time zone, is picked up without an admin.
      await store.saveFieldMapping(await jira.discoverFieldMapping());
      await jqlTimeZoneStore.save(await getActingTimeZone(client));
      const projects = await listPortfolioProjects(jira);
      await pushRefreshJobs(
        projects.map((project) => ({
          kind: 'project',
          projectKey: project.key,
          mode: 'full',
          requestedAt: body.requestedAt,
          project: { name: project.name, category: project.category, leadId: project.leadId },
        })),
      );
      return;
    }
    case 'incremental': {
      const jira = createPortfolioJira(client, await timeZoneFor(client));
      await store.clearStaleMark(body.projectKey);
      await refreshOne(jira, store, {
        projectKey: body.projectKey,
        mode: 'incremental',
        requestedAt: body.requestedAt,
        known: await knownProject(store, body),
        ...(body.removedIssueIds === undefined ? {} : { removedIssueIds: body.removedIssueIds }),
      });
      return;
    }
    case 'project': {
      const jira = createPortfolioJira(client, await timeZoneFor(client));
      await refreshOne(jira, store, {
        projectKey: body.projectKey,
        mode: body.mode,
        requestedAt: body.requestedAt,
        known: await knownProject(store, body),
        ...(body.removedIssueIds === undefined ? {} : { removedIssueIds: body.removedIssueIds }),
      });
      return;
    }
  }
}

/** The app user's time zone for incremental JQL dates: stored by the full job, asked of Jira only when missing. */
async function timeZoneFor(client: JiraClient): Promise<string> {
  const stored = await jqlTimeZoneStore.load();
  if (stored !== null) return stored;
  const zone = await getActingTimeZone(client);
  await jqlTimeZoneStore.save(zone);
  return zone;
}
