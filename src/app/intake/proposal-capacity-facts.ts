import type { ApprovalCheckDto } from '../../contract/approval-check-dto';
import type { ProposalCapacityPlanDto } from '../../contract/proposal-capacity-plan-dto';

/** A proposal's capacity facts on the board: the approval check (for those the viewer may approve) and its plan. */
export interface ProposalCapacityFacts {
  readonly approvalCheck: ApprovalCheckDto | null;
  readonly capacityPlan: ProposalCapacityPlanDto | null;
}
