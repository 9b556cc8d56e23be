import { makeRaidClassifier } from '../raid/make-raid-classifier';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import type { RaidMapping } from '../raid/raid-mapping';
import { riskScore } from '../raid/risk-score';
import { severityOf } from '../raid/severity-of';
import type { WorkItem } from '../work-item/work-item';
import type { RankedRaidItem } from './status-report';

/** How many risks and issues a report lists. */
export const TOP_RISK_COUNT = 5;

const priorityRank: Readonly<Record<string, number>> = { highest: 5, high: 4, medium: 3, low: 2, lowest: 1 };

/**
 * The open risks and issues that matter most: scored ones by score (probability x impact) highest first, then unscored
 * ones by priority, then by key; at most `limit`.
 *
 * @example
 * rankRisksAndIssues([alpha9, alpha10, beta8]).map((r) => [r.key, r.score]);
 * // [['ALPHA-9', 25], ['ALPHA-10', 6], ['BETA-8', null]]
 */
export function rankRisksAndIssues(items: readonly WorkItem[], limit = TOP_RISK_COUNT, mapping: RaidMapping = defaultRaidMapping): RankedRaidItem[] {
  const classify = makeRaidClassifier(mapping);
  const ranked = items.flatMap((item): RankedRaidItem[] => {
    const kind = classify(item);
    if ((kind !== 'risk' && kind !== 'issue') || item.statusCategory === 'done') return [];
    const score = riskScore(item);
    return [
      {
        key: item.key,
        projectKey: item.projectKey,
        summary: item.summary,
        kind,
        score,
        severity: score === null ? null : severityOf(score),
        statusName: item.statusName,
        priority: item.priority,
        hasMitigation: item.raid.mitigation !== null && item.raid.mitigation.trim() !== '',
      },
    ];
  });
  const priorityOf = (item: RankedRaidItem): number => priorityRank[(item.priority ?? '').toLowerCase()] ?? 0;
  return ranked.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || priorityOf(b) - priorityOf(a) || a.key.localeCompare(b.key)).slice(0, limit);
}
