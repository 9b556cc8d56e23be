import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import type { PortfolioJira } from '../ports/portfolio-jira';
import type { RollupStore } from '../ports/rollup-store';

/**
 * The daily job's second half, after its sweep: every held project's roll-up is computed again for the new day (dates
 * move on: a milestone falls overdue) and kept as the day's snapshot, from the stored items, reading nothing. One count
 * of all held projects together (1 point) checks them against Jira; only when it differs does every project check its
 * own count (and reconcile, by ids, the ones that drifted). Projects the sweep just merged were computed already.
 */
export async function queueDailyRecompute(
  jira: PortfolioJira,
  rollups: Pick<RollupStore, 'listRollups'>,
  mergedBySweep: readonly string[],
  requestedAt: string,
): Promise<void> {
  const held = (await rollups.listRollups()).filter((stored) => stored.refresh.unfinished !== true);
  if (held.length === 0) return;
  const keys = held.map((stored) => stored.rollup.project.key);
  const storedCount = held.reduce((sum, stored) => sum + stored.refresh.itemCount + stored.refresh.skippedIssues, 0);
  const drifted = (await jira.countIssuesOf(keys)) !== storedCount;
  const merged = new Set(mergedBySweep);
  await pushRefreshJobs(
    keys
      .filter((key) => drifted || !merged.has(key))
      .map((projectKey) => ({ kind: 'project' as const, projectKey, mode: 'stored' as const, requestedAt, ...(drifted ? { checkDrift: true } : {}) })),
  );
}
