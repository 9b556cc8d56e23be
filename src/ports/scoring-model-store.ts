import type { StoredScoringModel } from './stored-scoring-model';

/** Where the PMO's own scoring models are kept, each version under its own key (the built-in ones live in code). */
export interface ScoringModelStore {
  /** The latest version of every saved model. */
  listModels(): Promise<readonly StoredScoringModel[]>;
  /** The latest version of one saved model; null when there is none. */
  loadModel(id: string): Promise<StoredScoringModel | null>;
  /** Writes the model's version as a record that must not exist yet: `conflict`, and nothing written, when it does. */
  addModelVersion(stored: StoredScoringModel): Promise<'saved' | 'conflict'>;
  /**
   * Writes several model versions together: all of them or none. At most 25 at once: a Forge KVS transaction holds at
   * most 25 operations. Forge documents no key policy inside a transaction, so a version saved meanwhile is written over.
   */
  addModelVersions(stored: readonly StoredScoringModel[]): Promise<void>;
}
