import type { RaidKind } from '../raid/raid-kind';
import type { Instant } from '../time/instant';
import type { WorkItem } from '../work-item/work-item';

/** What item rules need besides the item: the time, the template's RAID classification, and the phases under way. */
export interface RuleContext {
  /** Evaluation instant; item ages are counted from it in elapsed days (`elapsedDaysSince`). */
  readonly now: Instant;
  /** The calendar day of the evaluation instant (days since the epoch, UTC). */
  readonly today: number;
  readonly classifyRaid: (item: WorkItem) => RaidKind | null;
  /** Names of the template's phases that have started (lower case). */
  readonly startedPhases: ReadonlySet<string>;
  /** The issue keys each JQL rule's query found in the project, by rule id; a rule missing here was not evaluated. */
  readonly jqlMatches: ReadonlyMap<string, ReadonlySet<string>>;
}
