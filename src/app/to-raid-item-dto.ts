import type { RaidItemDto } from '../contract/raid-item-dto';
import { DEFAULT_RAID_REVIEW_DAYS, isStaleRaid } from '../domain/raid/is-stale-raid';
import { placeOnMatrix } from '../domain/raid/place-on-matrix';
import type { RaidKind } from '../domain/raid/raid-kind';
import { defaultRiskBands } from '../domain/raid/default-risk-bands';
import type { RiskBands } from '../domain/raid/risk-bands';
import { residualRisk } from '../domain/raid/residual-risk';
import { severityOf } from '../domain/raid/severity-of';
import { calendarDayOf } from '../domain/time/calendar-day-of';
import { todayOf } from '../domain/time/today-of';
import type { OwnedWorkItem } from '../ports/raid-jira';

/**
 * A classified work item as the RAID views show it, judged at `now` (score, cell and residual for risks only), its
 * severity by the project template's risk bands and "review overdue" by its review cadence (`raidReviewDays`).
 */
export function toRaidItemDto(
  { item, ownerName }: Pick<OwnedWorkItem, 'item' | 'ownerName'>,
  kind: RaidKind,
  now: string,
  riskBands: RiskBands = defaultRiskBands,
  reviewDays: number = DEFAULT_RAID_REVIEW_DAYS,
): RaidItemDto {
  const cell = kind === 'risk' ? placeOnMatrix(item.raid.probability, item.raid.impact) : null;
  const created = calendarDayOf(item.created);
  return {
    key: item.key,
    projectKey: item.projectKey,
    summary: item.summary,
    kind,
    statusName: item.statusName,
    statusCategory: item.statusCategory,
    owner: item.assigneeId === null ? null : { accountId: item.assigneeId, displayName: ownerName },
    score: cell?.score ?? null,
    severity: cell === null ? null : severityOf(cell.score, riskBands),
    cell: cell === null ? null : { probability: cell.probability, impact: cell.impact, colour: cell.colour },
    residual: kind === 'risk' ? residualRisk(item) : null,
    mitigation: item.raid.mitigation,
    due: item.due,
    updated: item.updated,
    stale: isStaleRaid(item, now, reviewDays),
    ageDays: created === null ? 0 : Math.max(0, todayOf(now) - created),
    ...(kind === 'decision'
      ? {
          decision: {
            resolved: item.resolved,
            affects: [...new Set([...item.links.map((link) => link.otherKey), ...(item.parentKey === null ? [] : [item.parentKey])])],
          },
        }
      : {}),
  };
}
