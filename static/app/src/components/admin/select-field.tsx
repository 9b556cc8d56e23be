import Select from '@atlaskit/select';

export interface SelectFieldProps<T extends string> {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly readOnly: boolean;
}

/** A labelled single choice; read-only pages show it disabled. */
export function SelectField<T extends string>({ id, label, value, options, onChange, readOnly }: SelectFieldProps<T>) {
  return (
    <div className="pmo-field">
      <label htmlFor={id}>{label}</label>
      <Select<{ readonly value: T; readonly label: string }>
        inputId={id}
        options={options}
        value={options.find((o) => o.value === value) ?? null}
        isDisabled={readOnly}
        isSearchable={false}
        menuPlacement="auto"
        onChange={(picked) => {
          if (picked) onChange(picked.value);
        }}
      />
    </div>
  );
}
