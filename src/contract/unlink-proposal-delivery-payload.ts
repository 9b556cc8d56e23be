/** unlinkProposalDelivery: the proposal whose delivery link to take away, and the delivery version the caller saw. */
export interface UnlinkProposalDeliveryPayload {
  readonly proposalKey: string;
  readonly expectedVersion: number;
}
