import Checkbox from '@atlaskit/checkbox';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useEffect, useId, useRef, useState } from 'react';
import type { CapacityWhatIfDto } from '../../../../../src/contract/capacity-what-if-dto';
import { checkWhatIfDraft } from '../../capacity/check-what-if-draft';
import type { WhatIfCandidate } from '../../capacity/what-if-candidate';
import type { WhatIfDraft } from '../../capacity/what-if-draft';
import { callResolver } from '../../resolver/call-resolver';
import type { FilterChoice } from '../filter-choice';

type Outcome =
  | { readonly state: 'idle' }
  | { readonly state: 'asking' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: CapacityWhatIfDto };

/**
 * Ticks proposals under consideration in and out of a scenario, each with the estimate and quarter it would take, and
 * says at once which program quarters change colour or go over capacity.
 */
export function CapacityWhatIf({
  candidates,
  programs,
  defaultQuarter,
}: {
  readonly candidates: readonly WhatIfCandidate[];
  /** The heat map's programs, offered for a proposal that names none. */
  readonly programs: readonly string[];
  readonly defaultQuarter: string;
}) {
  const programChoices: readonly FilterChoice[] = programs.map((program) => ({ value: program, label: program }));
  const [drafts, setDrafts] = useState<Readonly<Record<string, WhatIfDraft>>>({});
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const asked = useRef(0);
  const id = useId();
  const checked = checkWhatIfDraft(candidates, drafts);
  const payloadText = checked.ok ? JSON.stringify(checked.payload) : null;

  useEffect(() => {
    if (!checked.ok || checked.payload.selectedIds.length === 0) {
      setOutcome({ state: 'idle' });
      return;
    }
    const call = ++asked.current;
    setOutcome({ state: 'asking' });
    void callResolver('whatIfCapacity', checked.payload).then((answer) => {
      if (call !== asked.current) return;
      setOutcome(answer.state === 'ready' ? { state: 'ready', data: answer.data } : { state: 'error', message: answer.message });
    });
    // `payloadText` stands for the payload, compared by value.
  }, [payloadText]);

  // A proposal starts from what its issue plans (estimate, quarter), so ticking it in is often all the reader does.
  const draftOf = (key: string): WhatIfDraft => {
    const candidate = candidates.find((each) => each.key === key);
    return (
      drafts[key] ?? {
        ticked: false,
        estimate: candidate?.estimate === null || candidate?.estimate === undefined ? '' : String(candidate.estimate),
        quarter: candidate?.quarter ?? defaultQuarter,
        program: null,
      }
    );
  };
  const change = (key: string, next: Partial<WhatIfDraft>) => {
    setDrafts({ ...drafts, [key]: { ...draftOf(key), ...next } });
  };

  return (
    <section className="pmo-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>What if</h3>
      {candidates.length === 0 ? (
        <p>No proposals under consideration: a submitted or screening proposal can be tried here.</p>
      ) : (
        <>
          <p className="pmo-purpose">
            Tick proposals into the scenario with an estimate in the program&apos;s unit, the quarter they would run in and, where none is known, the program
            they would land in. A proposal starts from the estimate and dates its issue holds.
          </p>
          <fieldset className="pmo-what-if-choices">
            <legend>Proposals in the scenario</legend>
            {candidates.map((candidate) => {
              const draft = draftOf(candidate.key);
              const wrong = !checked.ok && checked.key === candidate.key ? checked : null;
              return (
                <div className="pmo-what-if-line" key={candidate.key}>
                  <Checkbox
                    name="what-if"
                    value={candidate.key}
                    label={`${candidate.key} ${candidate.summary} (${candidate.program ?? 'no program'})`}
                    isChecked={draft.ticked}
                    onChange={(event) => {
                      change(candidate.key, { ticked: event.target.checked });
                    }}
                  />
                  {draft.ticked && (
                    <div className="pmo-what-if-fields">
                      {candidate.program === null && (
                        <>
                          <label htmlFor={`${id}-${candidate.key}-program`}>Program of {candidate.key}</label>
                          <Select<FilterChoice>
                            inputId={`${id}-${candidate.key}-program`}
                            options={programChoices}
                            value={programChoices.find((choice) => choice.value === draft.program) ?? null}
                            placeholder="Choose"
                            menuPlacement="auto"
                            onChange={(choice) => {
                              change(candidate.key, { program: choice?.value ?? null });
                            }}
                          />
                        </>
                      )}
                      <label htmlFor={`${id}-${candidate.key}-estimate`}>Estimate of {candidate.key}</label>
                      <Textfield
                        id={`${id}-${candidate.key}-estimate`}
                        inputMode="decimal"
                        value={draft.estimate}
                        isInvalid={wrong?.field === 'estimate'}
                        onChange={(event) => {
                          change(candidate.key, { estimate: event.currentTarget.value });
                        }}
                      />
                      <label htmlFor={`${id}-${candidate.key}-quarter`}>Quarter of {candidate.key}</label>
                      <Textfield
                        id={`${id}-${candidate.key}-quarter`}
                        value={draft.quarter}
                        isInvalid={wrong?.field === 'quarter'}
                        onChange={(event) => {
                          change(candidate.key, { quarter: event.currentTarget.value });
                        }}
                      />
                    </div>
                  )}
                </div>
              );
            })}
          </fieldset>
        </>
      )}
      <div role="status" className="pmo-what-if-outcome">
        {!checked.ok && <p className="pmo-field-error">{checked.message}</p>}
        {outcome.state === 'asking' && <p>Working out the scenario…</p>}
        {outcome.state === 'error' && <p className="pmo-field-error">The scenario could not be worked out: {outcome.message}</p>}
        {outcome.state === 'ready' && <WhatIfOutcomeText outcome={outcome.data} />}
      </div>
    </section>
  );
}

function WhatIfOutcomeText({ outcome }: { readonly outcome: CapacityWhatIfDto }) {
  return (
    <>
      {outcome.changes.length === 0 ? (
        <p>The ticked proposals change no quarter&apos;s colour.</p>
      ) : (
        <ul aria-label="Quarters the scenario changes">
          {outcome.changes.map((change) => (
            <li key={`${change.program} ${change.quarter}`}>{change.description}</li>
          ))}
        </ul>
      )}
      {outcome.withoutCapacity.length > 0 && (
        <p>No capacity set, so not checked: {outcome.withoutCapacity.map((cell) => `${cell.program} ${cell.quarter}`).join(', ')}.</p>
      )}
    </>
  );
}
