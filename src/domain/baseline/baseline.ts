import type { ProjectRollup } from '../rollup/project-rollup';

/** Who took a baseline, as Jira named them then. */
export interface BaselineAuthor {
  readonly accountId: string;
  readonly displayName: string;
}

/**
 * A baseline: a named, immutable copy of the projects' roll-ups at one moment, which reports can look back to
 * ("since the Gate 2 baseline"). The short form that lists show.
 */
export interface BaselineSummary {
  /** Begins with the time it was taken, so ids sort by it. */
  readonly id: string;
  readonly name: string;
  /** When it was taken. */
  readonly takenAt: string;
  readonly takenBy: BaselineAuthor;
  /** The day whose dated snapshots it copies, or null when it copies the roll-ups current when it was taken. */
  readonly fromDay: string | null;
  /** The instant it stands for: a report "since" this baseline starts here. */
  readonly startsAt: string;
  /** The projects it holds a roll-up of, in key order. */
  readonly projectKeys: readonly string[];
}

/** A baseline with the roll-up it keeps for each of its projects. */
export interface Baseline extends BaselineSummary {
  readonly rollups: readonly ProjectRollup[];
}
