import Button from '@atlaskit/button/new';
import { RadioChoiceFieldset } from '../radio-choice-fieldset';
import { ReasonTextArea } from '../reason-text-area';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApprovalCheckDto } from '../../../../../src/contract/approval-check-dto';
import type { DecideProposalPayload } from '../../../../../src/contract/intake-payloads';
import { reasonRequiredStages, type IntakeStage } from '../../../../../src/domain/intake';
import { checkDecisionDraft } from '../../intake/check-decision-draft';
import { decisionStages } from '../../intake/decision-stages';
import { intakeStageLabels } from '../../intake/intake-stage-labels';
import { ApprovalCheckNotice } from './approval-check-notice';

export interface ProposalDecisionFormProps {
  readonly proposalKey: string;
  /** The proposal's decision version as the board shows it, so a decision made meanwhile is not overwritten. */
  readonly expectedVersion: number;
  /** What approving would do to its program's capacity, as the board checked it; null when not checked for this viewer. */
  readonly approvalCheck: ApprovalCheckDto | null;
  readonly busy: boolean;
  readonly onDecide: (payload: DecideProposalPayload) => void;
}

/**
 * Moves one proposal to screening, approved, deferred or rejected; a reason is checked for the last two before sending.
 * Choosing Approved shows the capacity check; an approval that overloads a quarter needs its confirmation ticked.
 */
export function ProposalDecisionForm({ proposalKey, expectedVersion, approvalCheck, busy, onDecide }: ProposalDecisionFormProps) {
  const [stage, setStage] = useState<IntakeStage | null>(null);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<{ readonly field: 'stage' | 'reason' | 'overload'; readonly message: string } | null>(null);
  const ids = { heading: useId(), stage: useId(), reason: useId(), problem: useId() };
  const fields = { stage: useRef<HTMLInputElement>(null), reason: useRef<HTMLTextAreaElement>(null), overload: useRef<HTMLInputElement>(null) };
  const reasonRequired = stage !== null && reasonRequiredStages.some((required) => required === stage);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDecisionDraft(proposalKey, stage, reason, expectedVersion, { overloads: approvalCheck?.kind === 'over', confirmed });
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      fields[checked.field].current?.focus();
      return;
    }
    setProblem(null);
    onDecide(checked.payload);
  };

  return (
    <form className="pmo-colour-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Decide {proposalKey}</h3>
      <RadioChoiceFieldset
        legend="Stage"
        name={ids.stage}
        choices={decisionStages}
        labels={intakeStageLabels}
        value={stage}
        onChange={(value) => {
          setStage(value);
          if (problem?.field === 'stage') setProblem(null);
        }}
        firstRef={fields.stage}
        problem={problem?.field === 'stage' ? problem.message : null}
        problemId={`${ids.problem}-stage`}
      />
      <ReasonTextArea
        id={ids.reason}
        label={`Reason ${reasonRequired ? '(required)' : '(required for deferred or rejected)'}`}
        value={reason}
        onChange={(value) => {
          setReason(value);
          if (problem?.field === 'reason') setProblem(null);
        }}
        textAreaRef={fields.reason}
        problem={problem?.field === 'reason' ? problem.message : null}
        problemId={`${ids.problem}-reason`}
      />
      {stage === 'approved' && approvalCheck !== null && (
        <ApprovalCheckNotice
          check={approvalCheck}
          confirmed={confirmed}
          onConfirm={(value) => {
            setConfirmed(value);
            if (problem?.field === 'overload') setProblem(null);
          }}
          confirmRef={fields.overload}
          problem={problem?.field === 'overload' ? problem.message : null}
          problemId={`${ids.problem}-overload`}
        />
      )}
      <Button type="submit" appearance="primary" isLoading={busy}>
        Record decision on {proposalKey}
      </Button>
    </form>
  );
}
