import type { CapacityUnit, ProposalRun, Quarter } from '../../domain/capacity';

/** What a proposal would ask of its program's capacity, as far as its issue says (see `planProposalDemand`). */
export interface ProposalDemandPlan {
  /** The unit its program plans in; story points while the program has no capacity set. */
  readonly unit: CapacityUnit;
  /** Its estimate in that unit; null when it has none. */
  readonly estimate: number | null;
  /** When it would run; null when its dates do not say (none, or a start after the due date). */
  readonly runs: ProposalRun | null;
  /** Why `runs` is null, in a few words; null when it is not. */
  readonly noRunBecause: string | null;
  /** The quarter it would start in (its start date's, else its due date's); null without dates. */
  readonly firstQuarter: Quarter | null;
}
