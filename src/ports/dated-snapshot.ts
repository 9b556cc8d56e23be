import type { ProjectRollup } from '../domain/rollup/project-rollup';

/** A project's roll-up kept for one calendar day (UTC, `yyyy-mm-dd`), compared with later ones for trends. */
export interface DatedSnapshot {
  readonly day: string;
  readonly rollup: ProjectRollup;
}
