import Textfield from '@atlaskit/textfield';

export interface CheckedTextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The problems found at this field; none shows none. */
  readonly problems: readonly string[];
  readonly readOnly?: boolean;
  readonly inputMode?: 'text' | 'decimal';
  readonly wide?: boolean;
}

/** A labelled text field that keeps what is typed and shows its own problems beside it, tied to it for screen readers. */
export function CheckedTextField({ id, label, value, onChange, problems, readOnly = false, inputMode = 'text', wide = false }: CheckedTextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={wide ? 'pmo-field pmo-field-wide' : 'pmo-field'}>
      <label htmlFor={id}>{label}</label>
      <Textfield
        id={id}
        value={value}
        inputMode={inputMode}
        isReadOnly={readOnly}
        isInvalid={problems.length > 0}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? errorId : undefined}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
      {problems.length > 0 && (
        <p className="pmo-field-error" id={errorId}>
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}
