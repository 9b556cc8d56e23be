import type { Baseline, BaselineSummary } from '../domain/baseline/baseline';
import type { ProjectRollup } from '../domain/rollup/project-rollup';

/** Where baselines are kept: written once, read per project, removed only whole. */
export interface BaselineStore {
  /** Keeps a new baseline; `name-taken` (and nothing written) when another baseline has the same name, case aside. */
  create(baseline: Baseline): Promise<'created' | 'name-taken'>;
  /** Every baseline, newest first. */
  list(): Promise<readonly BaselineSummary[]>;
  loadSummary(id: string): Promise<BaselineSummary | null>;
  /** The roll-up the baseline keeps for one project; null when it holds none for it. */
  loadRollup(id: string, projectKey: string): Promise<ProjectRollup | null>;
  /** Removes the baseline and frees its name; answers what was removed, or null when there was no such baseline. */
  remove(id: string): Promise<BaselineSummary | null>;
}
