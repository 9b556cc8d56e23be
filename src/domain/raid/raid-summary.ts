import type { RaidKind } from './raid-kind';
import type { RiskSeverity } from './risk-severity';

/** A project's (or an aggregate's) RAID log in numbers: plain counts, so aggregates are sums. */
export interface RaidSummary {
  /** Entries of each kind; open = not in a done status. */
  readonly byKind: Readonly<Record<RaidKind, { readonly total: number; readonly open: number }>>;
  /** Open risks by severity; `unscored` lacks a probability or an impact. */
  readonly openRisksBySeverity: Readonly<Record<RiskSeverity | 'unscored', number>>;
  /**
   * Links by which an unfinished item waits on an issue of another project ("is blocked by" or "depends on"):
   * the cross-project dependencies Jira holds as links rather than as Dependency items.
   */
  readonly crossProjectDependencies: number;
}
