import { asApp, getAppContext } from '@forge/api';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { pushRefreshJobs, refreshJobBodySchema, type RefreshJobBody } from '../adapters/events/refresh-queue';
import { createMeteredRequester } from '../adapters/jira/create-metered-requester';
import { createPortfolioJira } from '../adapters/jira/create-portfolio-jira';
import { createJqlMatcher } from '../adapters/jira/create-jql-matcher';
import { getActingTimeZone } from '../adapters/jira/get-acting-time-zone';
import { createJiraClient, type JiraClient } from '../adapters/jira/jira-client';
import { JiraError } from '../adapters/jira/jira-error';
import { PointsBudgetSpentError } from '../adapters/jira/points-budget-spent-error';
import { createFieldMappingStore } from '../adapters/kvs/create-field-mapping-store';
import { createPointsLedger } from '../adapters/kvs/create-points-ledger';
import { createRefreshCheckpoints } from '../adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { createWorkItemStore } from '../adapters/kvs/create-work-item-store';
import { jqlTimeZoneStore } from '../adapters/kvs/jql-time-zone-store';
import { pendingChangeStore } from '../adapters/kvs/pending-change-store';
import { clearStaleMark } from '../app/clear-stale-mark';
import { createAssignmentSource } from '../app/templates/create-assignment-source';
import { openPointsGovernor, type PointsGovernor } from '../app/points/open-points-governor';
import { refreshProject, type RefreshMode, type RefreshProjectDeps } from '../app/refresh-project';
import { backgroundPointsPerHour } from '../domain/points/background-points-per-hour';
import type { PortfolioJira } from '../ports/portfolio-jira';
import { changeControlRefreshDeps } from './change-control-refresh-deps';
import { deferRefreshJob } from './defer-refresh-job';
import { intakeRefreshDeps } from './intake-refresh-deps';
import { knownProject } from './known-project';
import { runSweep } from './run-sweep';
import { fieldMappingFor } from './field-mapping-for';
import { queueEveryProject } from './queue-every-project';

const consumerEventSchema = z.object({ body: refreshJobBodySchema });

/**
 * Time kept back from Forge's 900 s limit when deciding whether to read another page: storing a large project's
 * items, its roll-up and its checkpoint must still fit, and one slow page (with retries) can take tens of seconds.
 */
export const REFRESH_TIME_RESERVE_MS = 180_000;

const timeLeftMs = (): number => getAppContext().invocationRemainingTimeInMillis();

type ProjectBody = Extract<RefreshJobBody, { kind: 'project' | 'incremental' }>;

/** What every refresh of a project is given: Jira, storage, the clock, the budget, the governance settings. */
function refreshDeps(jira: PortfolioJira, client: JiraClient, governor: PointsGovernor, now: () => Date): RefreshProjectDeps {
  return {
    jira,
    rollups: createRollupStore(),
    workItems: createWorkItemStore(),
    checkpoints: createRefreshCheckpoints(),
    snapshots: createSnapshotStore(),
    now,
    keepGoing: async () => timeLeftMs() > REFRESH_TIME_RESERVE_MS && (await governor.keepGoing()),
    governanceFor: createAssignmentSource(createTemplateStore()),
    jqlMatchIds: createJqlMatcher(client),
    ...changeControlRefreshDeps(client, now),
    ...intakeRefreshDeps(client, now),
  };
}

/** One project's refresh: continues a checkpoint, and re-queues itself when time or the points budget runs out. */
async function refreshOne(deps: RefreshProjectDeps, governor: PointsGovernor, body: ProjectBody): Promise<void> {
  const { jira, now } = deps;
  const fromStore = body.kind === 'project' && body.mode === 'stored';
  const mode: RefreshMode = body.kind === 'incremental' || body.mode !== 'full' ? 'incremental' : 'full';
  const project = (await knownProject(deps.rollups, body)) ?? (await jira.findProject(body.projectKey));
  if (project === null) {
    console.warn(`Refresh skipped: project ${body.projectKey} is not visible to the app (deleted or archived?)`);
    return;
  }
  const mapping = await fieldMappingFor(jira, createFieldMappingStore());
  const removed = body.removedIssueIds === undefined ? {} : { removedIssueIds: body.removedIssueIds };
  const outcome = await refreshProject(deps, {
    project,
    mode,
    mapping,
    ...removed,
    ...(body.kind === 'project' && body.checkDrift === true ? { checkDrift: true } : {}),
    ...(fromStore ? { supplied: { issues: [], readUntil: null } } : {}),
  });
  if (outcome.status === 'done') return;
  // Stopped with a checkpoint: a new invocation continues, at once when time ran out, after the reset when points did.
  const next: RefreshJobBody = {
    kind: 'project',
    projectKey: body.projectKey,
    mode: outcome.mode,
    requestedAt: body.requestedAt,
    ...(outcome.mode === 'incremental' ? removed : {}),
  };
  const budgetSpent = !(await governor.keepGoing());
  if (budgetSpent) await deferRefreshJob(next, governor.resumeAtMs(), now, 'budget');
  else await pushRefreshJobs([next]);
}

/**
 * Makes the queue consumer for refresh jobs, acting as the app (it sees every project), on `now` (Forge's clock in
 * production, a simulated one when the local runtime replays hours). Every Jira call goes through the points governor:
 * jobs spend at most the installation's background share of the hourly budget, stop between pages when it is spent,
 * and come back (from their checkpoint) when it frees or when Jira's quota resets.
 * - full (daily, manual or reread): see queueEveryProject.
 * - project: refreshes one project (full, or incremental with a drift check) and keeps the day's snapshot.
 * - incremental (an issue changed): clears the project's stale mark, then refreshes it incrementally. The mark is
 *   cleared first so that a change arriving during the refresh marks the project again.
 */
export function createRefreshJob(now: () => Date): (event: unknown) => Promise<void> {
  return async (event) => {
    const { body } = consumerEventSchema.parse(event);
    const ledger = createPointsLedger();
    const governor = await openPointsGovernor({
      ledger,
      spender: 'refresh',
      nowMs: () => now().getTime(),
      invocationId: getAppContext().invocationId || randomUUID(),
      budgetPerHour: backgroundPointsPerHour(await ledger.loadSetting()),
    });
    const client = createJiraClient(createMeteredRequester(asApp(), governor));
    try {
      if (!(await governor.keepGoing())) {
        await deferRefreshJob(body, governor.resumeAtMs(), now, 'budget');
        return;
      }
      switch (body.kind) {
        case 'full':
          await queueEveryProject(
            client,
            createPortfolioJira(client),
            { rollups: createRollupStore(), fieldMappings: createFieldMappingStore() },
            body.reason,
            body.requestedAt,
          );
          return;
        case 'sweep':
          await runSweep(body, refreshDeps(createPortfolioJira(client, await timeZoneFor(client, now)), client, governor, now), () => governor.resumeAtMs());
          return;
        case 'incremental':
          await clearStaleMark(pendingChangeStore, body.projectKey);
          await refreshOne(refreshDeps(createPortfolioJira(client, await timeZoneFor(client, now)), client, governor, now), governor, body);
          return;
        case 'project':
          await refreshOne(refreshDeps(createPortfolioJira(client, await timeZoneFor(client, now)), client, governor, now), governor, body);
          return;
      }
    } catch (error) {
      // Out of points before a read could start, or Jira refused for its quota: nothing was half done, so the same job
      // waits for the budget to free and runs again.
      if (error instanceof PointsBudgetSpentError) await deferRefreshJob(body, error.resumeAtMs, now, 'budget');
      else if (error instanceof JiraError && error.kind === 'rate-limited' && governor.resumeAtMs() > now().getTime())
        await deferRefreshJob(body, governor.resumeAtMs(), now, 'jira-quota');
      else throw error;
    } finally {
      await governor.flush();
    }
  };
}

/** The consumer Forge runs, on Forge's clock. */
export const refreshJob = createRefreshJob(() => new Date());

/** The app user's time zone for incremental JQL dates: stored by the full job, asked of Jira only when missing. */
async function timeZoneFor(client: JiraClient, now: () => Date): Promise<string> {
  const stored = await jqlTimeZoneStore.load();
  if (stored !== null) return stored;
  const zone = await getActingTimeZone(client);
  await jqlTimeZoneStore.save(zone, now().toISOString());
  return zone;
}
