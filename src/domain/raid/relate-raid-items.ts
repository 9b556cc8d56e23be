import type { IssueKey } from '../ids/issue-key';
import type { WorkItem } from '../work-item/work-item';
import { defaultRaidMapping } from './default-raid-mapping';
import { defaultRiskBands } from './default-risk-bands';
import { makeRaidClassifier } from './make-raid-classifier';
import type { RaidMapping } from './raid-mapping';
import type { RelatedRaidItem } from './related-raid-item';
import type { RiskBands } from './risk-bands';
import { riskScore } from './risk-score';
import { riskSeverities, type RiskSeverity } from './risk-severity';
import { severityOf } from './severity-of';

export interface RelateRaidOptions {
  readonly raidMapping?: RaidMapping;
  readonly riskBands?: RiskBands;
  /** The least severity a risk needs to travel up to its parent; default 'high' (so high and critical travel). */
  readonly rollUpFrom?: RiskSeverity;
}

function linkedEitherWay(a: WorkItem, bKey: IssueKey, bLinks: readonly { readonly otherKey: IssueKey }[] | null): boolean {
  return a.links.some((link) => link.otherKey === bKey) || (bLinks?.some((link) => link.otherKey === a.key) ?? false);
}

/**
 * The RAID items that bear on `target`, from `candidates` (any work items; ordinary ones are ignored):
 * - linked: a RAID item linked to the target (the link may be recorded on either side);
 * - inherited: a RAID item linked to one of the target's ancestors (`ancestorKeys`, nearest first) or parented on one,
 *   so a risk on an epic shows on its stories and their sub-tasks;
 * - rolled-up: a risk parented on the target whose severity is at least `rollUpFrom` (default high), so only high and
 *   critical risks travel up; lesser risks and other kinds stay at the level they were entered.
 * Each item appears once, by the first relation that applies in that order; the target itself never appears.
 *
 * @example
 * relateRaidItems(story, ['EPIC-1'], [epicRisk]); // [{ item: epicRisk, kind: 'risk', relation: 'inherited', via: 'EPIC-1' }]
 */
export function relateRaidItems(
  target: WorkItem,
  ancestorKeys: readonly IssueKey[],
  candidates: readonly WorkItem[],
  options: RelateRaidOptions = {},
): RelatedRaidItem[] {
  const classify = makeRaidClassifier(options.raidMapping ?? defaultRaidMapping);
  const bands = options.riskBands ?? defaultRiskBands;
  const rollUpRank = riskSeverities.indexOf(options.rollUpFrom ?? 'high');
  const ancestors = new Set<IssueKey>(ancestorKeys);
  const seen = new Set<IssueKey>([target.key]);
  const related: RelatedRaidItem[] = [];

  for (const item of candidates) {
    if (seen.has(item.key)) continue;
    const kind = classify(item);
    if (kind === null) continue;
    if (linkedEitherWay(item, target.key, target.links)) {
      related.push({ item, kind, relation: 'linked', via: target.key });
      seen.add(item.key);
      continue;
    }
    const viaAncestor = ancestorKeys.find((ancestor) => item.parentKey === ancestor || item.links.some((link) => link.otherKey === ancestor));
    if (viaAncestor !== undefined && !ancestors.has(item.key)) {
      related.push({ item, kind, relation: 'inherited', via: viaAncestor });
      seen.add(item.key);
      continue;
    }
    const score = kind === 'risk' && item.parentKey === target.key ? riskScore(item) : null;
    if (score !== null && riskSeverities.indexOf(severityOf(score, bands)) >= rollUpRank) {
      related.push({ item, kind, relation: 'rolled-up', via: target.key });
      seen.add(item.key);
    }
  }
  return related;
}
