/** Which way a figure moved between two snapshots. */
export type TrendDirection = 'up' | 'down' | 'flat';
