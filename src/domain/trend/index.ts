/** Public entry point of the domain's trend feature. Trends: how a project's figures moved between two roll-ups. */
export { compareRollups } from './compare-rollups';
export type { RollupTrend } from './rollup-trend';
export type { HistoryPoint } from './history-point';
