import Textfield from '@atlaskit/textfield';
export interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  /** null shows an empty field (no bound). */
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  readonly readOnly: boolean;
  /** The step of the browser's number field: 1 for counts and days, 0.01 for ratios. */
  readonly step?: number;
}

/** A whole-number field; emptied, it answers null, and the template's validation says whether that is allowed. */
export function NumberField({ id, label, value, onChange, readOnly, step = 1 }: NumberFieldProps) {
  return (
    <div className="pmo-field">
      <label htmlFor={id}>{label}</label>
      <Textfield
        id={id}
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        step={step}
        value={value === null || Number.isNaN(value) ? '' : String(value)}
        isReadOnly={readOnly}
        onChange={(event) => {
          const text = event.currentTarget.value;
          onChange(text.trim() === '' ? null : Number(text));
        }}
      />
    </div>
  );
}
