/** One simulated ordinary day of a site already read: what changed and what keeping up cost in points. */
export interface SteadyDayRow {
  /** Issues in the site at the start of the day. */
  readonly size: number;
  readonly projects: number;
  /** Issue edits planned over the whole day (an issue edited three times counts three). */
  readonly edits: number;
  /** Issues deleted over the whole day, each in the fake and with its delete event. */
  readonly deletes: number;
  /** Hours of the day actually simulated before the daily job: 24, or fewer on a large site (the rest scaled). */
  readonly simulatedHours: number;
  /** Points of the refreshes the issue events queued, over the whole day (scaled up when only part of it ran). */
  readonly eventPoints: number;
  /** Points of the daily job and the project jobs it queued. */
  readonly dailyJobPoints: number;
  /** Points of the window that ran, by "METHOD /path-template" (events and daily job, unscaled). */
  readonly pointsByEndpoint: Readonly<Record<string, number>>;
  /** Refresh jobs deferred for the points budget during the day. */
  readonly deferred: number;
  readonly wallMs: number;
}
