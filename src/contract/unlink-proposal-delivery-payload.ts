import type { IntakeBoardQuery } from './intake-board-query';
/** unlinkProposalDelivery: the proposal whose delivery link to take away, and the delivery version the caller saw. */
export interface UnlinkProposalDeliveryPayload {
  readonly proposalKey: string;
  readonly expectedVersion: number;
  /** The page of the board the caller shows, which the answer holds after the write; the first 100 proposals when absent. */
  readonly board?: IntakeBoardQuery;
}
