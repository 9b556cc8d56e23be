import { openIntakeStages } from '../../domain/intake/intake-stage';
import { checkApproval } from './check-approval';
import type { IntakeDeps } from './intake-deps';
import type { IntakeProposalRecord } from './intake-proposal-record';
import { loadApprovalCapacity } from './load-approval-capacity';
import { planProposalDemand } from './plan-proposal-demand';
import type { ProposalCapacityFacts } from './proposal-capacity-facts';
import { stageOfProposal } from './stage-of-proposal';

const none: ProposalCapacityFacts = { approvalCheck: null, capacityPlan: null };

/**
 * The capacity facts of a board's proposals, by key, from one heat map read from storage (no Jira search), and only
 * when some proposal is open (submitted or screening). Every open proposal gets its plan (for the what-if); an open
 * one the viewer may decide in the app also gets its approval check. Decided ones, and ones the Jira workflow decides,
 * get neither.
 */
export async function approvalChecksOf(
  deps: IntakeDeps,
  proposals: readonly IntakeProposalRecord[],
  canDecide: ReadonlySet<string>,
): Promise<(key: string) => ProposalCapacityFacts> {
  const open = proposals.filter((record) => openIntakeStages.some((stage) => stage === stageOfProposal(record).stage));
  if (open.length === 0) return () => none;
  const capacity = await loadApprovalCapacity(deps);
  const facts = new Map(
    open.map((record): [string, ProposalCapacityFacts] => {
      const unit = (record.program === null ? undefined : capacity.units.get(record.program)) ?? 'story-points';
      const plan = planProposalDemand(record.item, unit);
      const decidable = canDecide.has(record.project.key) && record.workflowStage === null;
      return [
        record.item.key,
        {
          approvalCheck: decidable ? checkApproval(record, capacity) : null,
          capacityPlan: { estimate: plan.estimate, unit, quarter: plan.firstQuarter },
        },
      ];
    }),
  );
  return (key) => facts.get(key) ?? none;
}
