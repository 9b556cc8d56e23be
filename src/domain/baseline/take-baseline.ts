import type { ProjectRollup } from '../rollup/project-rollup';
import type { Baseline, BaselineAuthor } from './baseline';
import type { Instant } from '../time/instant';
import { instantOf } from '../time/instant-of';
import { utcDayOf } from '../time/utc-day-of';
import { dayAfter } from './day-after';
import { tidyBaselineName } from './tidy-baseline-name';

export interface TakeBaselineInput {
  readonly id: string;
  readonly name: string;
  readonly takenAt: string;
  readonly takenBy: BaselineAuthor;
  /** A day before `takenAt` whose snapshots `rollups` are, or null when they are the current roll-ups. */
  readonly fromDay: string | null;
  readonly rollups: readonly ProjectRollup[];
}

function checkDay(day: string, takenAt: Instant): void {
  dayAfter(day);
  const today = utcDayOf(takenAt);
  if (day >= today)
    throw new RangeError(`A baseline of an earlier day needs a day before today (${today}); leave the day out to baseline the current roll-ups.`);
}

/**
 * A new baseline from project roll-ups: the name tidied, one roll-up per project in key order, and the instant it
 * stands for — when it was taken, or for an earlier day's snapshots the end of that day (UTC), since a day's snapshot
 * is its last refresh. Throws a RangeError, in words for the person taking it, for a bad name or day, or when there
 * is no roll-up to keep.
 *
 * @example
 * const baseline = takeBaseline({ id: '20261121T093015Z-0a1b2c3d', name: ' Gate 2 ', takenAt: '2026-11-21T09:30:15.250Z', takenBy, fromDay: '2026-10-01', rollups });
 * baseline.name;     // 'Gate 2'
 * baseline.startsAt; // '2026-10-01T23:59:59.999Z'
 */
export function takeBaseline(input: TakeBaselineInput): Baseline {
  const takenMs = Date.parse(input.takenAt);
  if (!Number.isFinite(takenMs)) throw new RangeError(`takenAt must be an ISO 8601 date-time, got "${input.takenAt}"`);
  const takenAt = instantOf(new Date(takenMs));
  const name = tidyBaselineName(input.name);
  if (input.fromDay !== null) checkDay(input.fromDay, takenAt);
  const byKey = new Map<string, ProjectRollup>();
  for (const rollup of input.rollups) if (!byKey.has(rollup.project.key)) byKey.set(rollup.project.key, rollup);
  const rollups = [...byKey.values()].sort((a, b) => a.project.key.localeCompare(b.project.key));
  if (rollups.length === 0) {
    throw new RangeError(
      input.fromDay === null
        ? 'There is nothing to baseline yet: no project has a roll-up. Refresh the portfolio first.'
        : `There is nothing to baseline: no project has a snapshot from ${input.fromDay} or before.`,
    );
  }
  return {
    id: input.id,
    name,
    takenAt,
    takenBy: input.takenBy,
    fromDay: input.fromDay,
    startsAt: input.fromDay === null ? takenAt : `${input.fromDay}T23:59:59.999Z`,
    projectKeys: rollups.map((rollup) => rollup.project.key),
    rollups,
  };
}
