import type { AccountId } from '../domain/ids/account-id';
import type { IssueKey } from '../domain/ids/issue-key';
import type { Instant } from '../domain/time/instant';
import type { DeliveryTarget } from './delivery-target';

/** One version of a proposal's delivery link, recorded in the app: what delivers it (null once unlinked), who, when. */
export interface RecordedProposalDelivery {
  /** 1 for the proposal's first link, one more for each later link or unlink. */
  readonly version: number;
  readonly proposalKey: IssueKey;
  /** The project or epic that delivers it; null when this version took the link away. */
  readonly target: DeliveryTarget | null;
  readonly linkedAt: Instant;
  readonly linkedBy: AccountId;
  /** The linker's display name when they linked (null if Jira did not say). */
  readonly linkedByName: string | null;
}
