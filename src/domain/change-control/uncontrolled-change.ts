import type { GrowthBeyondBaseline } from './growth-beyond-baseline';
import type { UncontrolledSlip } from './uncontrolled-slip';

/** Everything in a project's current plan that lies beyond its current approved baseline without approval. */
export interface UncontrolledChange {
  /** One per slipped item, in issue-key order. */
  readonly slips: readonly UncontrolledSlip[];
  /** Budget beyond the approved budget at completion, or null when there is none (or either figure is unknown). */
  readonly budget: GrowthBeyondBaseline | null;
  /** Scope beyond the approved total estimate, or null when there is none (or either figure is unknown). */
  readonly scope: GrowthBeyondBaseline | null;
}
