import type { DeliveredProposalDto } from '../../../../src/contract/delivered-proposal-dto';

/**
 * A delivered proposal in words: its key, its summary, and the epic it comes through when one does.
 *
 * @example
 * describeDeliveredProposal({ key: 'INT-1', summary: 'Cloud contact centre', epicKey: 'WEB-3' }); // 'INT-1 Cloud contact centre (through epic WEB-3)'
 */
export function describeDeliveredProposal(proposal: DeliveredProposalDto): string {
  return `${proposal.key} ${proposal.summary}${proposal.epicKey === null ? '' : ` (through epic ${proposal.epicKey})`}`;
}
