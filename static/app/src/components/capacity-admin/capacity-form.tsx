import Button from '@atlaskit/button/new';
import { useState, type FormEvent } from 'react';
import type { CapacityDto, CapacitySettingsDto } from '../../../../../src/contract/capacity-dto';
import { capacityUnits, type CapacityUnit } from '../../../../../src/domain/capacity';
import { capacityUnitLabels } from '../../capacity/capacity-unit-labels';
import type { CapacityDraft, CapacityRowDraft } from '../../capacity-admin/capacity-draft';
import { checkCapacityDraft } from '../../capacity-admin/check-capacity-draft';
import { draftOfCapacity } from '../../capacity-admin/draft-of-capacity';
import type { PathProblem } from '../../intake-admin/path-problem';
import { callResolver } from '../../resolver/call-resolver';
import { CheckedTextField } from '../intake-admin/checked-text-field';

export interface CapacityFormProps {
  readonly capacity: CapacityDto;
  readonly settings: CapacitySettingsDto;
  readonly onSaved: () => void;
  /** Loads the saved capacities again, after someone else saved theirs. */
  readonly onReload: () => void;
}

/** Quarters shown after the heat map's own, so a program can plan further ahead than its demand reaches. */
const MORE_QUARTERS = 4;
const unitOptions = capacityUnits.map((unit) => ({ value: unit, label: capacityUnitLabels[unit] }));

/** The capacities of every program as one table, checked here before one save names the version it started from. */
export function CapacityForm({ capacity, settings, onSaved, onReload }: CapacityFormProps) {
  const [draft, setDraft] = useState<CapacityDraft>(() => draftOfCapacity(capacity, MORE_QUARTERS));
  const [problems, setProblems] = useState<readonly PathProblem[]>([]);
  const [refusal, setRefusal] = useState<{ readonly text: string; readonly conflict: boolean } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const at = (path: string) => problems.filter((p) => p.path === path).map((p) => p.message);
  const setRow = (index: number, next: Partial<CapacityRowDraft>) => {
    setDraft({ ...draft, rows: draft.rows.map((row, i) => (i === index ? { ...row, ...next } : row)) });
    setProblems([]);
    setRefusal(null);
    setDone(null);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkCapacityDraft(draft, settings.capacities, settings.version);
    if (!checked.ok) {
      setProblems(checked.problems);
      setRefusal({ text: 'Not saved: fix the fields marked below.', conflict: false });
      return;
    }
    setBusy(true);
    const answer = await callResolver('saveCapacity', checked.payload);
    setBusy(false);
    if (answer.state !== 'ready') {
      const conflict = answer.code === 'CONFLICT';
      setRefusal({
        text: conflict
          ? `Not saved: the capacities were changed by someone else. Reload them and apply your changes again. (${answer.message})`
          : `Not saved: ${answer.message}`,
        conflict,
      });
      return;
    }
    setDone(
      `Saved the capacities of ${String(answer.data.capacities.length)} program${answer.data.capacities.length === 1 ? '' : 's'}, version ${String(answer.data.version)}.`,
    );
    onSaved();
  };

  return (
    <form aria-label="Program capacities" onSubmit={(event) => void onSubmit(event)} noValidate>
      {draft.rows.length === 0 ? (
        <p>No program yet: a project's Jira category, or the program assigned above, makes one.</p>
      ) : (
        <div className="pmo-table-scroll">
          <table className="pmo-simple-table pmo-capacity-table">
            <caption>Capacity per quarter ({draft.rows.length} programs)</caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Unit</th>
                {draft.quarters.map((quarter) => (
                  <th scope="col" key={quarter}>
                    {quarter}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {draft.rows.map((row, index) => (
                <tr key={row.program}>
                  <th scope="row">{row.program}</th>
                  <td>
                    <select
                      aria-label={`Unit of ${row.program}`}
                      value={row.unit}
                      onChange={(event) => {
                        const unit = capacityUnits.find((u) => u === event.target.value);
                        if (unit !== undefined) setRow(index, { unit });
                      }}
                    >
                      {unitOptions.map((option: { readonly value: CapacityUnit; readonly label: string }) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  {draft.quarters.map((quarter) => {
                    const errors = at(`rows.${String(index)}.${quarter}`);
                    const errorId = `capacity-${String(index)}-${quarter}-error`;
                    return (
                      <td key={quarter}>
                        <input
                          type="text"
                          inputMode="decimal"
                          size={6}
                          aria-label={`${row.program} capacity in ${quarter}`}
                          aria-invalid={errors.length > 0}
                          aria-describedby={errors.length > 0 ? errorId : undefined}
                          value={row.amounts[quarter] ?? ''}
                          onChange={(event) => {
                            setRow(index, { amounts: { ...row.amounts, [quarter]: event.target.value } });
                          }}
                        />
                        {errors.length > 0 && (
                          <p className="pmo-field-error" id={errorId}>
                            {errors.join(' ')}
                          </p>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pmo-field-row">
        <CheckedTextField
          id="capacity-amber-from"
          label="Amber from (% of capacity)"
          inputMode="decimal"
          value={draft.amberFrom}
          problems={at('bands.amberFrom')}
          onChange={(amberFrom) => {
            setDraft({ ...draft, amberFrom });
            setProblems([]);
          }}
        />
        <CheckedTextField
          id="capacity-red-above"
          label="Red above (% of capacity)"
          inputMode="decimal"
          value={draft.redAbove}
          problems={at('bands.redAbove')}
          onChange={(redAbove) => {
            setDraft({ ...draft, redAbove });
            setProblems([]);
          }}
        />
      </div>
      {refusal !== null && (
        <p className="pmo-field-error" role="alert">
          {refusal.text}
        </p>
      )}
      <div className="pmo-actions">
        <Button type="submit" appearance="primary" isLoading={busy}>
          Save capacities
        </Button>
        {refusal?.conflict === true && <Button onClick={onReload}>Reload the capacities</Button>}
      </div>
      <div aria-live="polite" className="pmo-outcome">
        {done !== null && <p className="pmo-outcome-done">{done}</p>}
      </div>
    </form>
  );
}
