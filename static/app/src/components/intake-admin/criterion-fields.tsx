import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import type { CriterionDraft } from '../../intake-admin/scoring-model-draft';
import { CheckedTextField } from './checked-text-field';

export interface CriterionFieldsProps {
  readonly index: number;
  readonly criterion: CriterionDraft;
  /** Weighted criteria have a weight and may be inverted; WSJF and value/effort ones stand for a role. */
  readonly weighted: boolean;
  /** The problems at or below this criterion's path, by the path after it (`weight`, `scale.min`; `` for the criterion). */
  readonly problemsAt: (field: string) => readonly string[];
  readonly onChange: (criterion: CriterionDraft) => void;
  /** Absent when the criterion cannot be removed (a role every model of its kind needs). */
  readonly onRemove?: () => void;
}

/** One criterion of a scoring model: its id, name, weight or role, scale and Jira field, each with its own problems. */
export function CriterionFields({ index, criterion, weighted, problemsAt, onChange, onRemove }: CriterionFieldsProps) {
  const id = (field: string) => `criterion-${String(index)}-${field}`;
  const set = (next: Partial<CriterionDraft>) => {
    onChange({ ...criterion, ...next });
  };
  const own = problemsAt('');
  return (
    <fieldset className="pmo-field-row pmo-criterion">
      <legend>
        Criterion {index + 1}: {criterion.name || criterion.id}
        {weighted ? '' : ` (role ${criterion.role})`}
      </legend>
      <CheckedTextField
        id={id('id')}
        label="Id"
        value={criterion.id}
        problems={problemsAt('id')}
        onChange={(v) => {
          set({ id: v });
        }}
      />
      <CheckedTextField
        id={id('name')}
        label="Name"
        value={criterion.name}
        problems={problemsAt('name')}
        onChange={(v) => {
          set({ name: v });
        }}
      />
      {weighted && (
        <CheckedTextField
          id={id('weight')}
          label="Weight"
          inputMode="decimal"
          value={criterion.weight}
          problems={problemsAt('weight')}
          onChange={(v) => {
            set({ weight: v });
          }}
        />
      )}
      <CheckedTextField
        id={id('min')}
        label="Scale min"
        inputMode="decimal"
        value={criterion.min}
        problems={problemsAt('scale.min')}
        onChange={(v) => {
          set({ min: v });
        }}
      />
      <CheckedTextField
        id={id('max')}
        label="Scale max"
        inputMode="decimal"
        value={criterion.max}
        problems={problemsAt('scale.max')}
        onChange={(v) => {
          set({ max: v });
        }}
      />
      <CheckedTextField
        id={id('steps')}
        label="Steps (comma-separated)"
        value={criterion.steps}
        problems={problemsAt('scale.steps')}
        onChange={(v) => {
          set({ steps: v });
        }}
      />
      <CheckedTextField
        id={id('jira-field')}
        label="Jira field (empty: reviewers score it)"
        value={criterion.jiraField}
        problems={problemsAt('jiraField')}
        onChange={(v) => {
          set({ jiraField: v });
        }}
      />
      {weighted && (
        <Checkbox
          label="Inverted (less is better)"
          name={id('inverted')}
          isChecked={criterion.inverted}
          onChange={(event) => {
            set({ inverted: event.target.checked });
          }}
        />
      )}
      {onRemove !== undefined && (
        <Button appearance="subtle" onClick={onRemove}>
          Remove criterion {index + 1}
        </Button>
      )}
      {own.length > 0 && <p className="pmo-field-error">{own.join(' ')}</p>}
    </fieldset>
  );
}
