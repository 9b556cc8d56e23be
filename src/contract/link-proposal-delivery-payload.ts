/**
 * linkProposalDelivery: the approved proposal, what delivers it (a project by key, or an epic by issue key; never an
 * intake project), and the delivery version the caller saw (0 before any link).
 */
export interface LinkProposalDeliveryPayload {
  readonly proposalKey: string;
  readonly target: { readonly kind: 'project'; readonly projectKey: string } | { readonly kind: 'epic'; readonly issueKey: string };
  readonly expectedVersion: number;
}
