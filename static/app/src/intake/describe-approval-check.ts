import type { ApprovalCheckDto } from '../../../../src/contract/approval-check-dto';
import { joinNames } from './join-names';

/**
 * The approval check in a sentence for the decision form: where it fits, why it could not be checked, or which
 * quarters it takes over capacity.
 *
 * @example
 * describeApprovalCheck({ kind: 'fits', program: 'Digital', quarters: ['2027-Q1'], withoutCapacity: [] }); // 'Fits Digital’s capacity in 2027-Q1.'
 * describeApprovalCheck({ kind: 'unchecked', reason: 'no dates' }); // 'Capacity not checked: no dates.'
 */
export function describeApprovalCheck(check: ApprovalCheckDto): string {
  const unchecked = (quarters: readonly string[]) => (quarters.length === 0 ? '' : ` Not checked in ${joinNames(quarters)}: no capacity set.`);
  switch (check.kind) {
    case 'fits':
      return `Fits ${check.program}’s capacity in ${joinNames(check.quarters)}.${unchecked(check.withoutCapacity)}`;
    case 'unchecked':
      return `Capacity not checked: ${check.reason}.`;
    case 'over':
      return `Approving takes ${check.program} over capacity: ${joinNames(check.over.map((quarter) => quarter.description))}.${unchecked(check.withoutCapacity)}`;
  }
}
