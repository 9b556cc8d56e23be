import { DatePicker } from '@atlaskit/datetime-picker';
import Textfield from '@atlaskit/textfield';
import Button from '@atlaskit/button/new';
import { useId, useState, type FormEvent } from 'react';
import { MAX_BASELINE_NAME_LENGTH } from '../../../../../src/domain/baseline';

export interface TakeBaselineFormProps {
  readonly busy: boolean;
  /** The server's refusal of the last attempt (a taken name, a bad day), or null. */
  readonly refusal: string | null;
  /** Answers whether the baseline was taken, so the form empties only then. */
  readonly onTake: (name: string, day: string | null) => Promise<boolean>;
}

/** Administrators' form to keep the roll-ups under a name: now, or as an earlier day's snapshots left them. */
export function TakeBaselineForm({ busy, refusal, onTake }: TakeBaselineFormProps) {
  const [name, setName] = useState('');
  const [day, setDay] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const ids = { name: useId(), nameError: useId(), day: useId(), dayHint: useId(), refusal: useId() };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('A baseline needs a name.');
      return;
    }
    setNameError(null);
    void onTake(name, day === '' ? null : day).then((taken) => {
      if (!taken) return;
      setName('');
      setDay('');
    });
  };

  return (
    <form className="pmo-baseline-form" aria-labelledby={`${ids.name}-heading`} onSubmit={onSubmit} noValidate>
      <h3 id={`${ids.name}-heading`}>Take a baseline</h3>
      <div className="pmo-field">
        <label htmlFor={ids.name}>Baseline name</label>
        <Textfield
          id={ids.name}
          isRequired
          maxLength={MAX_BASELINE_NAME_LENGTH}
          value={name}
          isInvalid={nameError !== null}
          aria-describedby={nameError === null ? undefined : ids.nameError}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameError(null);
          }}
        />
        {nameError !== null && (
          <p className="pmo-field-error" id={ids.nameError}>
            {nameError}
          </p>
        )}
      </div>
      <div className="pmo-field pmo-field-narrow">
        <label htmlFor={ids.day}>Baseline an earlier day</label>
        <DatePicker
          id={ids.day}
          dateFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearControlLabel="Clear the earlier day"
          value={day}
          aria-describedby={ids.dayHint}
          onChange={setDay}
        />
        <p className="pmo-hint" id={ids.dayHint}>
          Leave empty to keep the current roll-ups; a day keeps that day's snapshots as they stood at its end (UTC).
        </p>
      </div>
      <Button type="submit" appearance="primary" isLoading={busy}>
        Take baseline
      </Button>
      {refusal !== null && (
        <p className="pmo-field-error" id={ids.refusal} role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
