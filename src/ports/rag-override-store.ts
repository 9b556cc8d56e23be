import type { RagOverride, RagOverrideTarget } from '../domain/rag-override/rag-override';

/** Where manual colour overrides are kept, per project; expired ones may linger until replaced or cleared. */
export interface RagOverrideStore {
  /** The project's overrides (any age), one per target at most. */
  list(projectKey: string): Promise<readonly RagOverride[]>;
  /** Every project's overrides, for reads that show many projects at once. */
  listAll(): Promise<readonly RagOverride[]>;
  /** Sets the override for its target, replacing any earlier one; answers the one it replaced, if any. */
  put(override: RagOverride): Promise<RagOverride | null>;
  /** Removes the project's override of `target`; answers it, or null when there was none. */
  remove(projectKey: string, target: RagOverrideTarget): Promise<RagOverride | null>;
}
