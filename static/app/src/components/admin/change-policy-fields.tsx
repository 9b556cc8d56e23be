import Button from '@atlaskit/button/new';
import type { ChangePolicy, DecidedOutcome } from '../../../../../src/domain/change-control';
import { decidedOutcomes } from '../../../../../src/domain/change-control';
import { problemsUnder } from '../../admin/problems-under';
import { NamesInput } from './names-input';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const outcomeLabels: Readonly<Record<DecidedOutcome, string>> = { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred' };
const outcomeOptions = decidedOutcomes.map((value) => ({ value, label: outcomeLabels[value] }));

export interface ChangePolicyFieldsProps {
  readonly policy: ChangePolicy;
  readonly onChange: (policy: ChangePolicy) => void;
  readonly readOnly: boolean;
  /** The validation problems of the whole draft by path; those under `changePolicy` show here. */
  readonly problems: ReadonlyMap<string, readonly string[]>;
}

/**
 * How change requests are recognised (issue types, labels) and which Jira workflow statuses decide them: one row per
 * status with its outcome, rows added and removed with buttons. Each problem shows beside what it is about.
 */
export function ChangePolicyFields({ policy, onChange, readOnly, problems }: ChangePolicyFieldsProps) {
  const rows = policy.statusDecisions;
  const setRow = (index: number, row: ChangePolicy['statusDecisions'][number]) => {
    onChange({ ...policy, statusDecisions: rows.map((r, i) => (i === index ? row : r)) });
  };
  // At the list's own path only when `exact`: each row lists its own problems.
  const listProblems = (prefix: string, id: string, exact = false) => {
    const found = exact ? (problems.get(prefix) ?? []) : problemsUnder(problems, prefix);
    return found.length === 0 ? null : (
      <ul id={id} className="pmo-problems">
        {found.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    );
  };
  return (
    <fieldset className="pmo-change-policy">
      <legend>Change control</legend>
      <div className="pmo-field-row">
        <NamesInput
          id="change-types"
          label="Change requests: issue types"
          names={policy.issueTypes}
          readOnly={readOnly}
          hint="Comma-separated."
          onChange={(issueTypes) => {
            onChange({ ...policy, issueTypes });
          }}
        />
        <NamesInput
          id="change-labels"
          label="Change requests: labels"
          names={policy.labels}
          readOnly={readOnly}
          hint="Comma-separated."
          onChange={(labels) => {
            onChange({ ...policy, labels });
          }}
        />
      </div>
      {listProblems('changePolicy.issueTypes', 'change-types-problems')}
      {listProblems('changePolicy.labels', 'change-labels-problems')}
      <p id="change-statuses-hint" className="pmo-hint">
        A change request moved into one of these Jira statuses is decided by the workflow, by whoever moved it. With no rows, every decision is taken in the
        app.
      </p>
      <ol className="pmo-status-decisions" aria-describedby="change-statuses-hint">
        {rows.map((row, index) => {
          const id = `change-status-${String(index)}`;
          return (
            <li key={id} className="pmo-field-row">
              <TextField
                id={`${id}-name`}
                label={`Status ${String(index + 1)}`}
                value={row.status}
                readOnly={readOnly}
                onChange={(status) => {
                  setRow(index, { ...row, status });
                }}
              />
              <SelectField<DecidedOutcome>
                id={`${id}-outcome`}
                label={`Decision of status ${String(index + 1)}`}
                value={row.outcome}
                options={outcomeOptions}
                readOnly={readOnly}
                onChange={(outcome) => {
                  setRow(index, { ...row, outcome });
                }}
              />
              {!readOnly && (
                <Button
                  appearance="subtle"
                  onClick={() => {
                    onChange({ ...policy, statusDecisions: rows.filter((_, i) => i !== index) });
                  }}
                >
                  Remove status {String(index + 1)}
                </Button>
              )}
              {listProblems(`changePolicy.statusDecisions.${String(index)}`, `${id}-problems`)}
            </li>
          );
        })}
      </ol>
      {listProblems('changePolicy.statusDecisions', 'change-statuses-problems', true)}
      {!readOnly && (
        <Button
          onClick={() => {
            onChange({ ...policy, statusDecisions: [...rows, { status: '', outcome: 'approved' }] });
          }}
        >
          Add status
        </Button>
      )}
    </fieldset>
  );
}
