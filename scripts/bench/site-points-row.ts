/** The Jira points of one site size's first read and of its incremental refresh. */
export interface SitePointsRow {
  /** Issues in the site. */
  readonly size: number;
  readonly projects: number;
  /** Points the fake charged for the first full read (the daily job and every project job it queued). */
  readonly firstReadPoints: number;
  /** What the data itself costs to read in full: fullReadPoints over the issues of each project. */
  readonly dataPoints: number;
  /** Issues edited before the incremental refresh (1 %); null when that phase did not run. */
  readonly incrementalEdits: number | null;
  /** Points the fake charged for the incremental refresh; null when that phase did not run. */
  readonly incrementalPoints: number | null;
}
