import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { useState, type FormEvent } from 'react';
import type { IntakeSettingsDto } from '../../../../../src/contract/intake-settings-dto';
import { checkIntakeSettingsDraft } from '../../intake-admin/check-intake-settings-draft';
import { callResolver } from '../../resolver/call-resolver';
import { useResolver } from '../../resolver/use-resolver';
import { CheckGroup } from '../admin/check-group';
import { NamesInput } from '../admin/names-input';
import { SelectField } from '../admin/select-field';
import { ErrorState } from '../error-state';

export interface IntakeSettingsPanelProps {
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  /** Changes when a scoring model was saved or imported, so the model choice lists it. */
  readonly modelsReload: number;
  readonly onChanged: () => void;
}

type Outcome = { readonly kind: 'done' | 'failed'; readonly text: string } | null;

/**
 * Which projects hold proposals, which issue types or labels make an issue one, and the scoring model the intake board
 * ranks them by. Jira administrators only; the server checks again.
 */
export function IntakeSettingsPanel({ projects, modelsReload, onChanged }: IntakeSettingsPanelProps) {
  // Only the settings and whether the viewer may change them are read: one proposal is enough of the board.
  const board = useResolver(['getIntakeBoard', { limit: 1 }]);
  const models = useResolver(['listScoringModels'], { reloadKey: modelsReload, keepShownOnFailedReload: true });
  const [draft, setDraft] = useState<IntakeSettingsDto | null>(null);
  const [problem, setProblem] = useState<{ readonly field: 'recognise' | 'modelId'; readonly message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const heading = (
    <Heading size="medium" as="h2" id="pmo-intake-settings-heading">
      Intake settings
    </Heading>
  );
  if (board.state === 'loading' || models.state === 'loading')
    return (
      <section className="pmo-panel" aria-labelledby="pmo-intake-settings-heading">
        {heading}
        <p aria-busy="true">Loading the intake settings…</p>
      </section>
    );
  const failed = board.state === 'error' ? board : models.state === 'error' ? models : null;
  if (failed !== null || board.state !== 'ready' || models.state !== 'ready')
    return (
      <section className="pmo-panel" aria-labelledby="pmo-intake-settings-heading">
        {heading}
        <ErrorState
          title="Could not load the intake settings"
          message={failed?.message ?? 'No answer from the app.'}
          code={failed?.code}
          onRetry={() => {
            board.retry();
            models.retry();
          }}
          headingLevel="h3"
        />
      </section>
    );
  if (!board.data.canConfigure)
    return (
      <section className="pmo-panel" aria-labelledby="pmo-intake-settings-heading">
        {heading}
        <p>Only Jira administrators can change the intake settings and scoring models.</p>
      </section>
    );

  const current = draft ?? board.data.settings;
  const modelOptions = models.data.models.map((dto) => ({ value: dto.model.id, label: `${dto.model.name}${dto.builtIn ? ' (built-in)' : ''}` }));
  const projectOptions = projects.map((p) => ({ value: p.key, label: `${p.key} · ${p.name}` }));
  const change = (next: Partial<IntakeSettingsDto>) => {
    setDraft({ ...current, ...next });
    setProblem(null);
    setOutcome(null);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkIntakeSettingsDraft(
      current,
      modelOptions.map((o) => o.value),
    );
    if (!checked.ok) {
      setProblem(checked);
      document.getElementById(checked.field === 'recognise' ? 'intake-issue-types' : 'intake-model')?.focus();
      return;
    }
    setBusy(true);
    const answer = await callResolver('saveIntakeSettings', { settings: checked.settings });
    setBusy(false);
    if (answer.state !== 'ready') {
      setOutcome({ kind: 'failed', text: `Not saved: ${answer.message}` });
      return;
    }
    setDraft(answer.data);
    board.reload();
    setOutcome({
      kind: 'done',
      text: `Saved the intake settings: ${answer.data.projectKeys.length === 0 ? 'no intake project' : answer.data.projectKeys.join(', ')}, scored by ${answer.data.modelId}.`,
    });
    onChanged();
  };

  return (
    <section className="pmo-panel" aria-labelledby="pmo-intake-settings-heading">
      {heading}
      <p>Proposals are the issues of the intake projects that one of the issue types or labels names. The intake board ranks them by the scoring model.</p>
      <form aria-labelledby="pmo-intake-settings-heading" onSubmit={(event) => void onSubmit(event)} noValidate>
        {projectOptions.length === 0 ? (
          <p>Jira lets you browse no projects.</p>
        ) : (
          <CheckGroup
            legend="Intake projects"
            name="intake-projects"
            options={projectOptions}
            selected={current.projectKeys}
            readOnly={busy}
            onChange={(projectKeys) => {
              change({ projectKeys });
            }}
          />
        )}
        <div className="pmo-field-row">
          <NamesInput
            id="intake-issue-types"
            label="Issue types that are proposals"
            names={current.issueTypes}
            readOnly={busy}
            hint="Comma-separated, e.g. Project Request, Proposal, Idea."
            onChange={(issueTypes) => {
              change({ issueTypes });
            }}
          />
          <NamesInput
            id="intake-labels"
            label="Labels that make any issue a proposal"
            names={current.labels}
            readOnly={busy}
            hint="Comma-separated, e.g. intake."
            onChange={(labels) => {
              change({ labels });
            }}
          />
          <SelectField
            id="intake-model"
            label="Scoring model"
            value={current.modelId}
            options={modelOptions}
            readOnly={busy}
            onChange={(modelId) => {
              change({ modelId });
            }}
          />
        </div>
        {problem !== null && (
          <p className="pmo-field-error" role="alert">
            {problem.message}
          </p>
        )}
        <div className="pmo-actions">
          <Button type="submit" appearance="primary" isLoading={busy}>
            Save intake settings
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="pmo-outcome">
        {outcome !== null && <p className={outcome.kind === 'done' ? 'pmo-outcome-done' : 'pmo-outcome-failed'}>{outcome.text}</p>}
      </div>
    </section>
  );
}
