import Checkbox from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import type { Ref } from 'react';
import type { ApprovalCheckDto } from '../../../../../src/contract/approval-check-dto';
import { describeApprovalCheck } from '../../intake/describe-approval-check';
import { joinNames } from '../../intake/join-names';

export interface ApprovalCheckNoticeProps {
  readonly check: ApprovalCheckDto;
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
  readonly confirmRef: Ref<HTMLInputElement>;
  /** What to fix about the confirmation; null when nothing. */
  readonly problem: string | null;
  readonly problemId: string;
}

/**
 * What approving does to the program's capacity, shown once Approved is chosen: a line when it fits or cannot be
 * checked; when it overloads a quarter, a warning naming each quarter and a required confirmation.
 */
export function ApprovalCheckNotice({ check, confirmed, onConfirm, confirmRef, problem, problemId }: ApprovalCheckNoticeProps) {
  if (check.kind !== 'over') {
    return <p className={check.kind === 'fits' ? 'pmo-approval-fits' : 'pmo-purpose'}>{describeApprovalCheck(check)}</p>;
  }
  const quarters = joinNames(check.over.map((quarter) => quarter.quarter));
  return (
    <SectionMessage appearance="warning" title={`Approving takes ${check.program} over capacity`}>
      <ul aria-label="Quarters the approval overloads">
        {check.over.map((quarter) => (
          <li key={quarter.quarter}>
            {quarter.description}
            {quarter.alreadyOver ? ' (already over capacity)' : ''}
          </li>
        ))}
      </ul>
      {check.withoutCapacity.length > 0 && <p>Not checked in {joinNames(check.withoutCapacity)}: no capacity set.</p>}
      <Checkbox
        ref={confirmRef}
        name="overload-confirmed"
        isRequired
        isChecked={confirmed}
        isInvalid={problem !== null}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        label={`Approve although it overloads ${check.program} in ${quarters}`}
        onChange={(event) => {
          onConfirm(event.target.checked);
        }}
      />
      {problem !== null && (
        <p className="pmo-field-error" id={problemId}>
          {problem}
        </p>
      )}
    </SectionMessage>
  );
}
