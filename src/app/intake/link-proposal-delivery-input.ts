import type { IssueKey } from '../../domain/ids/issue-key';
import type { DeliveryTargetInput } from './delivery-target-input';

/** A link to record on a proposal (or, with no target, the link to take away) and the delivery version the caller saw. */
export interface LinkProposalDeliveryInput {
  readonly proposalKey: IssueKey;
  /** Null takes the standing link away. */
  readonly target: DeliveryTargetInput | null;
  readonly expectedVersion: number;
}
