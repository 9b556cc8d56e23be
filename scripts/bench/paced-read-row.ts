/** The first read of a site paced by Jira's limits as the fake enforces them, on simulated time. */
export interface PacedReadRow {
  /** Issues in the site. */
  readonly size: number;
  /** The tier, as printed, e.g. "Tier 1" or "Tier 2 Standard, 1,000 users". */
  readonly tier: string;
  /** The hourly quota the fake enforces. */
  readonly quotaPerHour: number;
  /** The share of it the app's refresh jobs allow themselves (backgroundPointsPerHour). */
  readonly backgroundPerHour: number;
  /** What the data itself costs to read in full. */
  readonly dataPoints: number;
  /** Points the fake charged for the whole read. */
  readonly points: number;
  /** Simulated hours from the daily job's start to the last project stored. */
  readonly simulatedHours: number;
  /** 429 answers from the fake (any limit). */
  readonly rateLimited: number;
  /** Refresh jobs deferred for the points budget. */
  readonly deferred: number;
  readonly wallMs: number;
}
