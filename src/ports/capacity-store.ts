import type { StoredCapacities } from './stored-capacities';

/** Where the programs' capacities per quarter (and the heat map's bands) are kept, one version per save. */
export interface CapacityStore {
  /** The latest saved version; null before the first save (or when none stored can be read). */
  loadCapacities(): Promise<StoredCapacities | null>;
  /**
   * Writes `stored.version` as a new record that must not exist yet: `conflict` when someone else saved that version
   * first, in which case nothing is changed.
   */
  addCapacitiesVersion(stored: StoredCapacities): Promise<'saved' | 'conflict'>;
}
