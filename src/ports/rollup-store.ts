import type { StoredRollup } from './stored-rollup';

/** Each project's current roll-up, kept with the record of the refresh that made it. */
export interface RollupStore {
  /** The project's roll-up; null when none is stored (or it is in a format this version cannot read). */
  loadRollup(projectKey: string): Promise<StoredRollup | null>;
  saveRollup(projectKey: string, stored: StoredRollup): Promise<void>;
  /** Every stored roll-up, in project key order. */
  listRollups(): Promise<readonly StoredRollup[]>;
}
