import type { WorkItem } from '../work-item/work-item';
import { defaultRaidMapping } from './default-raid-mapping';
import { defaultRiskBands } from './default-risk-bands';
import { makeRaidClassifier } from './make-raid-classifier';
import type { RaidMapping } from './raid-mapping';
import type { RaidSummary } from './raid-summary';
import type { RiskBands } from './risk-bands';
import { riskScore } from './risk-score';
import { severityOf } from './severity-of';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Counts a project's RAID log: entries per kind (total and open), open risks per severity, and open cross-project
 * dependencies held as links. One pass over the items.
 *
 * @example
 * summarizeRaid([openCriticalRisk, doneAssumption]);
 * // { byKind: { risk: { total: 1, open: 1 }, assumption: { total: 1, open: 0 }, ... },
 * //   openRisksBySeverity: { low: 0, medium: 0, high: 0, critical: 1, unscored: 0 }, crossProjectDependencies: 0 }
 */
export function summarizeRaid(items: readonly WorkItem[], options: { readonly raidMapping?: RaidMapping; readonly riskBands?: RiskBands } = {}): RaidSummary {
  const classify = makeRaidClassifier(options.raidMapping ?? defaultRaidMapping);
  const bands = options.riskBands ?? defaultRiskBands;
  const byKind = {
    risk: { total: 0, open: 0 },
    assumption: { total: 0, open: 0 },
    issue: { total: 0, open: 0 },
    dependency: { total: 0, open: 0 },
    decision: { total: 0, open: 0 },
  };
  const openRisksBySeverity: Mutable<RaidSummary['openRisksBySeverity']> = { low: 0, medium: 0, high: 0, critical: 0, unscored: 0 };
  let crossProjectDependencies = 0;

  for (const item of items) {
    const open = item.statusCategory !== 'done';
    const kind = classify(item);
    if (kind !== null) {
      byKind[kind].total += 1;
      if (open) {
        byKind[kind].open += 1;
      }
    }
    if (kind === 'risk' && open) {
      const score = riskScore(item);
      openRisksBySeverity[score === null ? 'unscored' : severityOf(score, bands)] += 1;
    }
    if (open) {
      for (const link of item.links) {
        if ((link.type === 'is-blocked-by' || link.type === 'depends-on') && link.otherProjectKey !== item.projectKey) {
          crossProjectDependencies += 1;
        }
      }
    }
  }
  return { byKind, openRisksBySeverity, crossProjectDependencies };
}
