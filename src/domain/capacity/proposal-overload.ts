import type { OverloadedQuarter } from './overloaded-quarter';
import type { Quarter } from './quarter';

/** What approving a proposal would do to its program's capacity (`overloadOf`). */
export interface ProposalOverload {
  readonly proposalId: string;
  readonly program: string;
  /** The quarters it would leave over capacity, in time order; approving should be confirmed when any is listed. */
  readonly over: readonly OverloadedQuarter[];
  /** The quarters it would add demand to that have no capacity set, so cannot be checked, in time order. */
  readonly withoutCapacity: readonly Quarter[];
}
