import Button from '@atlaskit/button/new';
import { RadioChoiceFieldset } from './radio-choice-fieldset';
import { DatePicker } from '@atlaskit/datetime-picker';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { SetRagOverridePayload } from '../../../../src/contract/rag-override-dto';
import { MAX_OVERRIDE_DAYS, MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON } from '../../../../src/domain/rag-override';
import { overrideRags, type RagOverrideTarget } from '../../../../src/domain/rag-override';
import { ragLabels } from '../portfolio/rag-labels';
import { tidyOverrideReason } from '../../../../src/domain/rag-override';
import { checkOverrideDraft, type OverrideDraft, type OverrideDraftProblems } from '../rag-override/check-override-draft';
import type { OverrideDayBounds } from '../../../../src/domain/rag-override';
import { overrideTargets } from '../rag-override/override-targets';

export interface SetColourFormProps {
  readonly busy: boolean;
  /** The app's refusal of the last attempt, in its words, or null. */
  readonly refusal: string | null;
  /** The days "Applies until" may take. */
  readonly bounds: OverrideDayBounds;
  /** Answers whether the colour was set, so the form empties only then. */
  readonly onSave: (payload: Omit<SetRagOverridePayload, 'projectKey'>) => Promise<boolean>;
}

const emptyDraft: OverrideDraft = { target: 'overall', rag: null, reason: '', expiresOn: '' };

const targetOptions: readonly { readonly value: RagOverrideTarget; readonly label: string }[] = overrideTargets.map(({ target, label }) => ({
  value: target,
  label,
}));

/** Administrators' form to set one of the project's colours by hand, with a reason and the last day it applies. */
export function SetColourForm({ busy, refusal, bounds, onSave }: SetColourFormProps) {
  const [draft, setDraft] = useState<OverrideDraft>(emptyDraft);
  const [problems, setProblems] = useState<OverrideDraftProblems>({});
  const ids = { heading: useId(), target: useId(), rag: useId(), reason: useId(), count: useId(), day: useId(), dayHint: useId(), problem: useId() };
  const fields = { rag: useRef<HTMLInputElement>(null), reason: useRef<HTMLTextAreaElement>(null) };
  const reasonLength = tidyOverrideReason(draft.reason).length;

  const change = (next: Partial<OverrideDraft>, field: keyof OverrideDraftProblems | null) => {
    setDraft({ ...draft, ...next });
    if (field !== null && problems[field] !== undefined) setProblems(Object.fromEntries(Object.entries(problems).filter(([key]) => key !== field)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkOverrideDraft(draft, bounds);
    if (!check.ok) {
      setProblems(check.problems);
      const first = (['rag', 'reason', 'expiresOn'] as const).find((field) => check.problems[field] !== undefined);
      // The date picker keeps its input to itself; its id is the one handle on it.
      if (first === 'expiresOn') document.getElementById(ids.day)?.focus();
      else if (first !== undefined) fields[first].current?.focus();
      return;
    }
    setProblems({});
    void onSave(check.payload).then((saved) => {
      if (saved) setDraft(emptyDraft);
    });
  };

  const describedBy = (...parts: (string | false)[]) => parts.filter((p) => p !== false).join(' ') || undefined;

  return (
    <form className="pmo-colour-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Set a colour by hand</h3>
      <p className="pmo-hint">
        The colour shows everywhere in place of the computed one, with your reason, until the day you choose; setting a colour that is already set replaces it.
      </p>
      <div className="pmo-field pmo-field-narrow">
        <label htmlFor={ids.target}>Colour of</label>
        <Select
          inputId={ids.target}
          options={targetOptions}
          value={targetOptions.find((option) => option.value === draft.target) ?? null}
          isSearchable={false}
          menuPlacement="auto"
          onChange={(option) => {
            if (option) change({ target: option.value }, null);
          }}
        />
      </div>
      <RadioChoiceFieldset
        legend="Colour"
        name={ids.rag}
        choices={overrideRags}
        labels={ragLabels}
        value={draft.rag}
        onChange={(rag) => {
          change({ rag }, 'rag');
        }}
        firstRef={fields.rag}
        problem={problems.rag ?? null}
        problemId={`${ids.problem}-rag`}
      />
      <div className="pmo-field">
        <label htmlFor={ids.reason}>Reason</label>
        <TextArea
          ref={fields.reason}
          id={ids.reason}
          minimumRows={3}
          isRequired
          value={draft.reason}
          isInvalid={problems.reason !== undefined}
          aria-invalid={problems.reason !== undefined}
          aria-describedby={describedBy(ids.count, problems.reason !== undefined && `${ids.problem}-reason`)}
          onChange={(event) => {
            change({ reason: event.target.value }, 'reason');
          }}
        />
        <p className={reasonLength > MAX_OVERRIDE_REASON ? 'pmo-hint pmo-invalid' : 'pmo-hint'} id={ids.count}>
          {`${String(reasonLength)} of at most ${String(MAX_OVERRIDE_REASON)} characters (at least ${String(MIN_OVERRIDE_REASON)}).`}
        </p>
        {problems.reason !== undefined && (
          <p className="pmo-field-error" id={`${ids.problem}-reason`}>
            {problems.reason}
          </p>
        )}
      </div>
      <div className="pmo-field pmo-field-narrow">
        <label htmlFor={ids.day}>Applies until</label>
        <DatePicker
          id={ids.day}
          dateFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          minDate={bounds.min}
          maxDate={bounds.max}
          value={draft.expiresOn}
          isRequired
          isInvalid={problems.expiresOn !== undefined}
          aria-describedby={problems.expiresOn === undefined ? ids.dayHint : `${ids.dayHint} ${ids.problem}-day`}
          onChange={(day) => {
            change({ expiresOn: day }, 'expiresOn');
          }}
        />
        <p className="pmo-hint" id={ids.dayHint}>
          {`The last day it applies (UTC): from ${bounds.min} to ${bounds.max}, at most ${String(MAX_OVERRIDE_DAYS)} days ahead.`}
        </p>
        {problems.expiresOn !== undefined && (
          <p className="pmo-field-error" id={`${ids.problem}-day`}>
            {problems.expiresOn}
          </p>
        )}
      </div>
      <Button type="submit" appearance="primary" isLoading={busy}>
        Save colour
      </Button>
      {refusal !== null && (
        <p className="pmo-field-error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
