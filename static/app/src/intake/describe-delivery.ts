import type { ProposalDeliveryDto } from '../../../../src/contract/proposal-delivery-dto';

/**
 * What delivers a proposal, in words for the board and its CSV; null when nothing is linked. A project the viewer may
 * not browse is named only as such.
 *
 * @example
 * describeDelivery({ kind: 'epic', projectKey: 'WEB', projectName: 'Customer Web Portal', epicKey: 'WEB-3', epicSummary: 'Secure messaging', linkedAt: '…', linkedByName: 'Morgan Ellis' });
 * // 'epic WEB-3 Secure messaging in Customer Web Portal (WEB)'
 */
export function describeDelivery(delivery: ProposalDeliveryDto | null): string | null {
  if (delivery === null) return null;
  switch (delivery.kind) {
    case 'hidden':
      return 'a project you cannot browse';
    case 'project':
      return `${delivery.projectName} (${delivery.projectKey})`;
    case 'epic':
      return `epic ${delivery.epicKey} ${delivery.epicSummary} in ${delivery.projectName} (${delivery.projectKey})`;
  }
}
