import Textfield from '@atlaskit/textfield';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly readOnly: boolean;
  readonly wide?: boolean;
}

/** A labelled one-line text field. */
export function TextField({ id, label, value, onChange, readOnly, wide = false }: TextFieldProps) {
  return (
    <div className={wide ? 'pmo-field pmo-field-wide' : 'pmo-field'}>
      <label htmlFor={id}>{label}</label>
      <Textfield
        id={id}
        value={value}
        isReadOnly={readOnly}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    </div>
  );
}
