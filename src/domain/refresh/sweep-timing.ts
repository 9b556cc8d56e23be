/**
 * When the changes issue events announce are read. Every read of Jira costs a point for the request and one per issue
 * it returns, so reading each change on its own costs about twice what the change itself does; a sweep waits until a
 * few changes have gathered, then reads them all (across projects) in one search.
 */
export const SWEEP_TIMING = {
  /** Jira's search index can lag an issue's update by seconds to minutes: a sweep reads changes at least this old. */
  settleMs: 5 * 60_000,
  /** This many pending changes are read as soon as the newest has settled: a batch costs 1.2 points a change. */
  batchSize: 5,
  /** A quiet site's first pending change is read after this long, however few have gathered. */
  maxWaitMs: 3 * 60 * 60_000,
  /** A sweep due longer ago than this never ran (a lost event): the next change schedules a new one. */
  lostAfterMs: 60 * 60_000,
} as const;
