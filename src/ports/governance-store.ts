import type { ProjectRollup } from '../domain/rollup/project-rollup';
import type { HistoryPoint } from '../domain/trend/history-point';
import type { DatedSnapshot } from './dated-snapshot';
import type { FieldMapping } from './field-mapping';
import type { ProjectIssue } from './project-issue';
import type { RefreshCheckpoint } from './refresh-checkpoint';
import type { StoredRollup } from './stored-rollup';

/** What the refresh keeps between runs: work items, roll-ups, checkpoints, dated snapshots and the field mapping. */
export interface GovernanceStore {
  loadRollup(projectKey: string): Promise<StoredRollup | null>;
  saveRollup(projectKey: string, stored: StoredRollup): Promise<void>;
  /** Every stored roll-up, in project key order. */
  listRollups(): Promise<readonly StoredRollup[]>;

  /** The project's work items from its last refresh; null when none are stored (or they are unreadable). */
  loadProjectIssues(projectKey: string): Promise<readonly ProjectIssue[] | null>;
  /** Replaces the project's stored work items completely. */
  saveProjectIssues(projectKey: string, issues: readonly ProjectIssue[]): Promise<void>;

  loadCheckpoint(projectKey: string): Promise<{ checkpoint: RefreshCheckpoint; issues: readonly ProjectIssue[] } | null>;
  saveCheckpoint(projectKey: string, checkpoint: RefreshCheckpoint, issues: readonly ProjectIssue[]): Promise<void>;
  clearCheckpoint(projectKey: string): Promise<void>;

  /** Keeps the roll-up as the project's snapshot for `day` (a later save the same day replaces it). */
  saveDailySnapshot(day: string, rollup: ProjectRollup): Promise<void>;
  /** The days a snapshot of the project was kept, oldest first. */
  listSnapshotDays(projectKey: string): Promise<readonly string[]>;
  /** The project's latest snapshot from a day before `day`, for "since last time" trends. */
  loadLatestSnapshotBefore(projectKey: string, day: string): Promise<DatedSnapshot | null>;

  /** The project's compact daily history, oldest first. */
  loadHistory(projectKey: string): Promise<readonly HistoryPoint[]>;
  /** Which projects have changes not yet read (stale marks set by issue events). */
  listStaleProjects(): Promise<readonly string[]>;

  /** The field mapping as last discovered by name; null before the first discovery. */
  loadFieldMapping(): Promise<FieldMapping | null>;
  saveFieldMapping(mapping: FieldMapping): Promise<void>;

  /** Forgets that the project had changes not yet read. */
  clearStaleMark(projectKey: string): Promise<void>;
}
