import type { ProjectRollup } from './project-rollup';

/** The projects of one program. `category` is the Jira project category behind it; null for "No program". */
export interface ProgramGroup {
  readonly name: string;
  readonly category: string | null;
  readonly rollups: readonly ProjectRollup[];
}
