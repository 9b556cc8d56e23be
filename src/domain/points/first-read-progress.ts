import { fullReadPoints } from './full-read-points';
import { hoursToSpend } from './hours-to-spend';

/** One project of a first read: how many issues it holds and how many are read. */
export interface FirstReadEntry {
  readonly issuesTotal: number;
  readonly issuesRead: number;
  readonly finished: boolean;
}

/** How far the first read has come, in issues, and what it still costs at the background budget. */
export interface FirstReadProgress {
  readonly issuesRead: number;
  readonly issuesTotal: number;
  readonly projectsLeft: number;
  readonly pointsLeft: number;
  /** Null when the budget allows nothing an hour. */
  readonly hoursLeft: number | null;
}

/**
 * Sums the projects of a first read, counting a finished project as wholly read (its count may have moved since it
 * was planned) and an unfinished one as read up to its total; null when every project is finished.
 *
 * @example
 * firstReadProgress([{ issuesTotal: 1000, issuesRead: 400, finished: false }], 6500);
 * // { issuesRead: 400, issuesTotal: 1000, projectsLeft: 1, pointsLeft: 606, hoursLeft: 0.1 }
 */
export function firstReadProgress(entries: readonly FirstReadEntry[], backgroundPointsPerHour: number): FirstReadProgress | null {
  const unfinished = entries.filter((entry) => !entry.finished);
  if (unfinished.length === 0) return null;
  let issuesRead = 0;
  let issuesTotal = 0;
  for (const entry of entries) {
    issuesTotal += entry.issuesTotal;
    issuesRead += entry.finished ? entry.issuesTotal : Math.min(entry.issuesRead, entry.issuesTotal);
  }
  const pointsLeft = fullReadPoints(unfinished.map((entry) => Math.max(0, entry.issuesTotal - entry.issuesRead)));
  return { issuesRead, issuesTotal, projectsLeft: unfinished.length, pointsLeft, hoursLeft: hoursToSpend(pointsLeft, backgroundPointsPerHour) };
}
