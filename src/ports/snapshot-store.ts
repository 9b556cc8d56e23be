import type { ProjectRollup } from '../domain/rollup/project-rollup';
import type { HistoryPoint } from '../domain/trend/history-point';
import type { DatedSnapshot } from './dated-snapshot';

/** Each project's roll-up kept per calendar day, and the compact daily history its trend chart draws. */
export interface SnapshotStore {
  /** Keeps the roll-up as the project's snapshot for `day` (a later save the same day replaces it). */
  saveDailySnapshot(day: string, rollup: ProjectRollup): Promise<void>;
  /** The days a snapshot of the project was kept, oldest first. */
  listSnapshotDays(projectKey: string): Promise<readonly string[]>;
  /** The project's latest snapshot from a day before `day`, for "since last time" trends. */
  loadLatestSnapshotBefore(projectKey: string, day: string): Promise<DatedSnapshot | null>;
  /** The project's compact daily history, oldest first. */
  loadHistory(projectKey: string): Promise<readonly HistoryPoint[]>;
}
