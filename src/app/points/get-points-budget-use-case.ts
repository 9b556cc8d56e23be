import type { PointsBudgetDto, PointsSpentDto } from '../../contract/points-budget-dto';
import { backgroundPointsPerHour } from '../../domain/points/background-points-per-hour';
import { hourlyQuotaOf } from '../../domain/points/hourly-quota';
import { POINTS_WINDOW_MS, type PointsSpend, type PointsSpender } from '../../domain/points/points-spend';
import { instantOf, utcDayOf, utcMidnightOf } from '../../domain/time';
import type { PointsAdminDeps } from './points-admin-deps';

function spentBy(spends: readonly PointsSpend[], spender: PointsSpender, fromMs: number): PointsSpentDto {
  let points = 0;
  let requests = 0;
  for (const spend of spends) {
    if (spend.spender !== spender || spend.atMs < fromMs) continue;
    points += spend.points;
    requests += spend.requests;
  }
  return { points, requests };
}

/**
 * The installation's points budget for the admin page: the tier as set, the quota and the background share it
 * gives, what refresh and pages spent in the last hour and since midnight UTC, and the last throttle. Anyone may read
 * it (it names no project); only Jira administrators may change it.
 */
export async function getPointsBudgetUseCase(deps: PointsAdminDeps): Promise<PointsBudgetDto> {
  const nowMs = deps.now().getTime();
  const midnightMs = Date.parse(utcMidnightOf(utcDayOf(instantOf(deps.now()))));
  const fromMs = Math.min(midnightMs, nowMs - POINTS_WINDOW_MS);
  const [setting, spends, throttle, canEdit] = await Promise.all([
    deps.points.loadSetting(),
    deps.points.spendsBetween(fromMs, nowMs),
    deps.refreshThrottle(),
    deps.isAdmin(),
  ]);
  const quota = hourlyQuotaOf(setting);
  const hourAgo = nowMs - POINTS_WINDOW_MS + 1;
  return {
    setting,
    quotaPerHour: quota.pointsPerHour,
    sharedWithOtherSites: quota.sharedWithOtherSites,
    backgroundPerHour: backgroundPointsPerHour(setting),
    lastHour: { refresh: spentBy(spends, 'refresh', hourAgo), pages: spentBy(spends, 'pages', hourAgo) },
    today: { refresh: spentBy(spends, 'refresh', midnightMs), pages: spentBy(spends, 'pages', midnightMs) },
    throttle,
    canEdit,
  };
}
