import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { useId, useState, type FormEvent } from 'react';
import type { ScoreProposalPayload } from '../../../../../src/contract/intake-payloads';
import type { ScoringCriterion } from '../../../../../src/domain/intake';
import { checkScoreDraft } from '../../intake/check-score-draft';

export interface ProposalScoreFormProps {
  readonly proposalKey: string;
  /** The criteria the proposal has no value for: what a reviewer may score. */
  readonly criteria: readonly ScoringCriterion[];
  readonly busy: boolean;
  readonly onScore: (payload: ScoreProposalPayload) => void;
}

function scaleOf(criterion: ScoringCriterion): string {
  const { min, max, steps } = criterion.scale;
  return steps !== undefined && steps.length > 0 ? `one of ${steps.join(', ')}` : `${min} to ${max}`;
}

/** Reviewer scores for the criteria Jira holds no value for; each is checked against its scale before anything is sent. */
export function ProposalScoreForm({ proposalKey, criteria, busy, onScore }: ProposalScoreFormProps) {
  const [entered, setEntered] = useState<Readonly<Record<string, string>>>({});
  const [problem, setProblem] = useState<{ readonly criterionId: string; readonly message: string } | null>(null);
  const ids = { heading: useId(), field: useId(), problem: useId() };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkScoreDraft(proposalKey, criteria, entered);
    if (!checked.ok) {
      setProblem({ criterionId: checked.criterionId, message: checked.message });
      document.getElementById(`${ids.field}-${checked.criterionId}`)?.focus();
      return;
    }
    setProblem(null);
    onScore(checked.payload);
  };

  return (
    <form className="pmo-colour-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Score {proposalKey}</h3>
      {criteria.map((criterion) => {
        const invalid = problem?.criterionId === criterion.id;
        return (
          <div className="pmo-field pmo-field-narrow" key={criterion.id}>
            <label htmlFor={`${ids.field}-${criterion.id}`}>
              {criterion.name} ({scaleOf(criterion)})
            </label>
            <Textfield
              id={`${ids.field}-${criterion.id}`}
              inputMode="decimal"
              value={entered[criterion.id] ?? ''}
              isInvalid={invalid}
              aria-describedby={invalid ? ids.problem : undefined}
              onChange={(event) => {
                setEntered({ ...entered, [criterion.id]: event.currentTarget.value });
                if (invalid) setProblem(null);
              }}
            />
            {invalid && (
              <p className="pmo-field-error" id={ids.problem}>
                {problem.message}
              </p>
            )}
          </div>
        );
      })}
      {problem !== null && !criteria.some((criterion) => criterion.id === problem.criterionId) && <p className="pmo-field-error">{problem.message}</p>}
      <Button type="submit" appearance="primary" isLoading={busy}>
        Save scores for {proposalKey}
      </Button>
    </form>
  );
}
