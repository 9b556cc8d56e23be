import Button from '@atlaskit/button/new';
import { RadioChoiceFieldset } from './radio-choice-fieldset';
import { ReasonTextArea } from './reason-text-area';
import Textfield from '@atlaskit/textfield';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { DecideChangePayload } from '../../../../src/contract/change-control-dto';
import { decidedOutcomes, type DecidedOutcome } from '../../../../src/domain/change-control';

export interface ChangeDecisionFormProps {
  readonly changeKey: string;
  /** The decision version the page shows, sent so a decision someone made meanwhile is not overwritten. */
  readonly expectedVersion: number;
  readonly busy: boolean;
  /** Sends the decision; answers whether it was recorded. */
  readonly onDecide: (payload: DecideChangePayload) => Promise<boolean>;
}

const outcomeLabels: Readonly<Record<DecidedOutcome, string>> = { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred' };
const impactParts = [
  { part: 'days', label: 'Impact days' },
  { part: 'cost', label: 'Cost impact' },
  { part: 'scope', label: 'Scope impact (points)' },
] as const;
type ImpactPart = (typeof impactParts)[number]['part'];

/**
 * Decides one change request: an outcome, a reason (required unless approved, checked before anything is sent) and,
 * optionally, the impact in days, cost and scope when Jira's fields do not hold it.
 */
export function ChangeDecisionForm({ changeKey, expectedVersion, busy, onDecide }: ChangeDecisionFormProps) {
  const [outcome, setOutcome] = useState<DecidedOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [impact, setImpact] = useState<Readonly<Record<ImpactPart, string>>>({ days: '', cost: '', scope: '' });
  const [problem, setProblem] = useState<{ readonly field: 'outcome' | 'reason' | ImpactPart; readonly message: string } | null>(null);
  const ids = { heading: useId(), outcome: useId(), reason: useId(), problem: useId(), impact: useId() };
  const fields = { outcome: useRef<HTMLInputElement>(null), reason: useRef<HTMLTextAreaElement>(null) };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (outcome === null) {
      setProblem({ field: 'outcome', message: 'Choose approved, rejected or deferred.' });
      fields.outcome.current?.focus();
      return;
    }
    if (outcome !== 'approved' && reason.trim() === '') {
      setProblem({ field: 'reason', message: `A ${outcome} change needs a reason, so the decision log says why.` });
      fields.reason.current?.focus();
      return;
    }
    const entered: { days?: number; cost?: number; scope?: number } = {};
    for (const { part, label } of impactParts) {
      const text = impact[part].trim();
      if (text === '') continue;
      const value = Number(text);
      if (!Number.isFinite(value)) {
        setProblem({ field: part, message: `${label} must be a number, such as 14 or -2.5.` });
        document.getElementById(`${ids.impact}-${part}`)?.focus();
        return;
      }
      entered[part] = value;
    }
    setProblem(null);
    const payload: DecideChangePayload = {
      changeKey,
      outcome,
      expectedVersion,
      ...(reason.trim() === '' ? {} : { reason: reason.trim() }),
      ...(Object.keys(entered).length === 0 ? {} : { impact: entered }),
    };
    void onDecide(payload);
  };

  const errorFor = (field: NonNullable<typeof problem>['field']) =>
    problem?.field === field ? (
      <p className="pmo-field-error" id={`${ids.problem}-${field}`}>
        {problem.message}
      </p>
    ) : null;

  return (
    <form className="pmo-colour-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h4 id={ids.heading}>Decide {changeKey}</h4>
      <RadioChoiceFieldset
        legend="Decision"
        name={ids.outcome}
        choices={decidedOutcomes}
        labels={outcomeLabels}
        value={outcome}
        onChange={(value) => {
          setOutcome(value);
          if (problem?.field === 'outcome') setProblem(null);
        }}
        firstRef={fields.outcome}
        problem={problem?.field === 'outcome' ? problem.message : null}
        problemId={`${ids.problem}-outcome`}
      />
      <ReasonTextArea
        id={ids.reason}
        label={`Reason ${outcome === 'approved' ? '(optional)' : '(required for rejected or deferred)'}`}
        value={reason}
        onChange={(value) => {
          setReason(value);
          if (problem?.field === 'reason') setProblem(null);
        }}
        textAreaRef={fields.reason}
        problem={problem?.field === 'reason' ? problem.message : null}
        problemId={`${ids.problem}-reason`}
      />
      {impactParts.map(({ part, label }) => (
        <div className="pmo-field pmo-field-narrow" key={part}>
          <label htmlFor={`${ids.impact}-${part}`}>{label} (optional)</label>
          <Textfield
            id={`${ids.impact}-${part}`}
            inputMode="decimal"
            value={impact[part]}
            isInvalid={problem?.field === part}
            aria-describedby={problem?.field === part ? `${ids.problem}-${part}` : undefined}
            onChange={(event) => {
              setImpact({ ...impact, [part]: event.currentTarget.value });
              if (problem?.field === part) setProblem(null);
            }}
          />
          {errorFor(part)}
        </div>
      ))}
      <Button type="submit" appearance="primary" isLoading={busy}>
        Record decision on {changeKey}
      </Button>
    </form>
  );
}
