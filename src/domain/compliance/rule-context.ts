import type { ChangeControlInputs } from '../change-control/change-control-inputs';
import type { RaidKind } from '../raid/raid-kind';
import type { Instant } from '../time/instant';
import type { WorkItem } from '../work-item/work-item';

/**
 * What rules need besides the items: the time, the template's RAID classification, the phases under way, what JQL
 * found, and the project's change control.
 */
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
  /**
   * The template's change policy with the project's approved baseline and recorded decisions; null where they are not
   * known (a preview, a panel without the stores), and the change control rules make no check rather than guess.
   */
  readonly changeControl: ChangeControlInputs | null;
}
