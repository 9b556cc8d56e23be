import type { ProjectRollup } from '../domain/rollup/project-rollup';

/** A project's roll-up kept for one calendar day (UTC, `yyyy-mm-dd`), compared with later ones for trends. */
export interface DatedSnapshot {
  readonly day: string;
  readonly rollup: ProjectRollup;
}

/** One day of a project's history, small enough to keep ninety of them in one stored value. */
export interface HistoryPoint {
  readonly day: string;
  /** Progress by estimate where the project estimates, else by count; null with no work items. */
  readonly progress: number | null;
  readonly overall: 'green' | 'amber' | 'red' | 'grey';
}
