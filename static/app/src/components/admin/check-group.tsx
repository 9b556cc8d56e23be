import Checkbox from '@atlaskit/checkbox';

export interface CheckGroupProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
  readonly readOnly: boolean;
}

/** A set of checkboxes in a fieldset, for picking some of a few values (none picked means any). */
export function CheckGroup<T extends string>({ legend, name, options, selected, onChange, readOnly }: CheckGroupProps<T>) {
  return (
    <fieldset className="pmo-check-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          name={name}
          value={option.value}
          label={option.label}
          isChecked={selected.includes(option.value)}
          isDisabled={readOnly}
          onChange={(event) => {
            onChange(event.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value));
          }}
        />
      ))}
    </fieldset>
  );
}
