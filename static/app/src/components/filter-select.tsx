import Select from '@atlaskit/select';
import { useId } from 'react';
import type { FilterChoice } from './filter-choice';

/** A labelled, clearable select that narrows a list; null means "All". */
export function FilterSelect({
  label,
  choices,
  value,
  onChange,
}: {
  readonly label: string;
  readonly choices: readonly FilterChoice[];
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="pmo-filter">
      <label className="pmo-field-label" htmlFor={id}>
        {label}
      </label>
      <Select<FilterChoice>
        inputId={id}
        options={choices}
        value={choices.find((choice) => choice.value === value) ?? null}
        placeholder="All"
        isClearable
        menuPlacement="auto"
        onChange={(choice) => {
          onChange(choice?.value ?? null);
        }}
      />
    </div>
  );
}
