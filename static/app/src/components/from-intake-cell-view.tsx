import type { DeliveredProposalDto } from '../../../../src/contract/delivered-proposal-dto';
import { describeDeliveredProposal } from '../portfolio/describe-delivered-proposal';
import '../portfolio/from-intake.css';

/** The approved proposals a project delivers: their keys, each with its summary in its title and for screen readers; a dash when none. */
export function FromIntakeCellView({ proposals }: { readonly proposals: readonly DeliveredProposalDto[] }) {
  if (proposals.length === 0) {
    return (
      <span className="pmo-from-intake">
        <span aria-hidden="true">—</span>
        <span className="pmo-visually-hidden">No approved proposal</span>
      </span>
    );
  }
  return (
    <ul className="pmo-from-intake">
      {proposals.map((proposal) => {
        const words = describeDeliveredProposal(proposal);
        return (
          <li key={proposal.key} title={words}>
            <span aria-hidden="true">{proposal.key}</span>
            <span className="pmo-visually-hidden">{words}</span>
          </li>
        );
      })}
    </ul>
  );
}
