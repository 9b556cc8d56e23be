import type { RuleScope } from '../../../../../src/domain/compliance';
import type { StatusCategory } from '../../../../../src/domain/work-item';
import { CheckGroup } from './check-group';
import { NamesInput } from './names-input';

const statusOptions: readonly { value: StatusCategory; label: string }[] = [
  { value: 'new', label: 'To do' },
  { value: 'indeterminate', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

export interface ScopeFieldsProps<S extends RuleScope> {
  readonly idPrefix: string;
  readonly scope: S;
  readonly onChange: (scope: S) => void;
  readonly readOnly: boolean;
  /** Set for selectors, which also pick by label. */
  readonly labels?: { readonly names: readonly string[]; readonly onChange: (labels: string[]) => void };
}

/** Which items a rule looks at: issue types, status categories and, for selectors, labels. */
export function ScopeFields<S extends RuleScope>({ idPrefix, scope, onChange, readOnly, labels }: ScopeFieldsProps<S>) {
  return (
    <div className="pmo-field-row">
      <NamesInput
        id={`${idPrefix}-types`}
        label="Issue types"
        names={scope.issueTypes}
        readOnly={readOnly}
        onChange={(issueTypes) => {
          onChange({ ...scope, issueTypes });
        }}
      />
      <CheckGroup
        legend="Status categories (none: any)"
        name={`${idPrefix}-status`}
        options={statusOptions}
        selected={scope.statusCategories}
        readOnly={readOnly}
        onChange={(statusCategories) => {
          onChange({ ...scope, statusCategories });
        }}
      />
      {labels && <NamesInput id={`${idPrefix}-labels`} label="Labels" names={labels.names} readOnly={readOnly} onChange={labels.onChange} />}
    </div>
  );
}
