import type { IntakeBoardQuery } from './intake-board-query';
/**
 * linkProposalDelivery: the approved proposal, what delivers it (a project by key, or an epic by issue key; never an
 * intake project), and the delivery version the caller saw (0 before any link).
 */
export interface LinkProposalDeliveryPayload {
  readonly proposalKey: string;
  readonly target: { readonly kind: 'project'; readonly projectKey: string } | { readonly kind: 'epic'; readonly issueKey: string };
  readonly expectedVersion: number;
  /** The page of the board the caller shows, which the answer holds after the write; the first 100 proposals when absent. */
  readonly board?: IntakeBoardQuery;
}
