/** Who spent Jira points: background refresh jobs, or pages (resolvers people are waiting on). */
export const pointsSpenders = ['refresh', 'pages'] as const;
export type PointsSpender = (typeof pointsSpenders)[number];

/** Points spent by one invocation, at one moment (milliseconds since the epoch). */
export interface PointsSpend {
  readonly atMs: number;
  readonly spender: PointsSpender;
  readonly points: number;
  readonly requests: number;
}

/** Jira's quotas count points over an hour. */
export const POINTS_WINDOW_MS = 3_600_000;
