import type { IssueKey } from '../ids/issue-key';
import type { ProjectKey } from '../ids/project-key';
import type { StatusCategory } from '../work-item/status-category';

/** One side of a dependency: the issue, its project, and what lateness is judged by. */
export interface DependencyEnd {
  readonly key: IssueKey;
  readonly projectKey: ProjectKey;
  readonly summary: string;
  readonly due: string | null;
  readonly statusCategory: StatusCategory;
}

/**
 * Something one issue waits on. `link`: a "blocks" link between issues (usually of two projects); `dependency-item`: a
 * RAID Dependency item, which is the blocker itself and blocks what it is linked to (or nothing known yet).
 */
export interface Dependency {
  readonly source: 'link' | 'dependency-item';
  readonly blocker: DependencyEnd;
  /** The waiting issue; null for a Dependency item that blocks no known issue. */
  readonly blocked: DependencyEnd | null;
  readonly crossProject: boolean;
  readonly late: boolean;
  /** Why it is late, in plain words; null when it is not. */
  readonly lateReason: string | null;
}
