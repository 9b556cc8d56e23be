import type { ProjectIssue } from './project-issue';
import type { RefreshCheckpoint } from './refresh-checkpoint';

/** Where an unfinished refresh of a project stopped, with the work items it had read by then. */
export interface RefreshCheckpoints {
  /** The checkpoint and its items; null when there is none or it cannot be read whole (the refresh then starts over). */
  loadCheckpoint(projectKey: string): Promise<{ checkpoint: RefreshCheckpoint; issues: readonly ProjectIssue[] } | null>;
  saveCheckpoint(projectKey: string, checkpoint: RefreshCheckpoint, issues: readonly ProjectIssue[]): Promise<void>;
  clearCheckpoint(projectKey: string): Promise<void>;
}
