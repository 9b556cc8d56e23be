import type { FullRereadEstimateDto } from '../../contract/points-budget-dto';
import { backgroundPointsPerHour } from '../../domain/points/background-points-per-hour';
import { fullReadPoints } from '../../domain/points/full-read-points';
import { hoursToSpend } from '../../domain/points/hours-to-spend';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import type { PointsAdminDeps } from './points-admin-deps';

/**
 * What reading every project's issues again would cost, from the stored item counts (no Jira call): shown to a Jira
 * administrator before they start one, since the daily refresh never does.
 */
export async function estimateFullRereadUseCase(deps: PointsAdminDeps): Promise<FullRereadEstimateDto> {
  await requireAdmin(deps);
  const [rollups, setting] = await Promise.all([deps.rollups.listRollups(), deps.points.loadSetting()]);
  const counts = rollups.map((stored) => stored.refresh.itemCount + stored.refresh.skippedIssues);
  const points = fullReadPoints(counts);
  return {
    projects: counts.length,
    issues: counts.reduce((sum, n) => sum + n, 0),
    points,
    hoursAtBudget: hoursToSpend(points, backgroundPointsPerHour(setting)),
  };
}

/** Starts a reread of every project (Jira administrators only), paced by the points budget; audited with its cost. */
export async function requestFullRereadUseCase(deps: PointsAdminDeps): Promise<FullRereadEstimateDto> {
  const estimate = await estimateFullRereadUseCase(deps);
  const requestedAt = deps.now().toISOString();
  await deps.queueReread(requestedAt);
  await recordAudit(
    deps,
    'refresh.reread',
    'portfolio',
    `Started a full reread of ${String(estimate.projects)} projects (about ${estimate.points.toLocaleString('en-US')} points)`,
    null,
    estimate,
  );
  return estimate;
}
