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
        <label key={option.value}>
          <input
            type="checkbox"
            name={name}
            checked={selected.includes(option.value)}
            disabled={readOnly}
            onChange={(event) => {
              onChange(event.target.checked ? [...selected, option.value] : selected.filter((v) => v !== option.value));
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
