import type { ProjectIssue } from './project-issue';

/** Each project's work items as its last refresh read them, which later refreshes merge into. */
export interface WorkItemStore {
  /** The project's work items from its last refresh; null when none are stored (or they are unreadable). */
  loadProjectIssues(projectKey: string): Promise<readonly ProjectIssue[] | null>;
  /** Replaces the project's stored work items completely. */
  saveProjectIssues(projectKey: string, issues: readonly ProjectIssue[]): Promise<void>;
}
