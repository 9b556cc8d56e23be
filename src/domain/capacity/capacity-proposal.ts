import type { ProposalRun } from './proposal-run';

/** A proposal as the capacity check sees it: whose capacity it would use, how much, and when. */
export interface CapacityProposal {
  /** The proposal's own id (its issue key, say); selections name proposals by it. */
  readonly id: string;
  /** The program whose capacity it would use. */
  readonly program: string;
  /** Its estimated demand, in the program's capacity unit; at least 0. */
  readonly estimate: number;
  readonly runs: ProposalRun;
}
