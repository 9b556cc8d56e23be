import Button from '@atlaskit/button/new';
import { useState, type FormEvent } from 'react';
import type { ScoringModelDto } from '../../../../../src/contract/intake-scoring-model-dto';
import type { ScoringModel } from '../../../../../src/domain/intake';
import { checkScoringModelDraft } from '../../intake-admin/check-scoring-model-draft';
import { draftOfScoringModel } from '../../intake-admin/draft-of-scoring-model';
import { parsePathProblems } from '../../intake-admin/parse-path-problems';
import type { PathProblem } from '../../intake-admin/path-problem';
import type { CriterionDraft, ScoringModelDraft } from '../../intake-admin/scoring-model-draft';
import { uniqueId } from '../../admin/unique-id';
import { callResolver } from '../../resolver/call-resolver';
import { CheckedTextField } from './checked-text-field';
import { CriterionFields } from './criterion-fields';
import { StatusStageFields } from './status-stage-fields';

export interface ScoringModelEditorProps {
  readonly model: ScoringModel;
  /** The version the edit started from; 0 for a model not saved yet. */
  readonly expectedVersion: number;
  readonly onSaved: (dto: ScoringModelDto) => void;
  readonly onClose: () => void;
}

/** The problems at `path` or below it; `exact` keeps only those at it. */
const under = (problems: readonly PathProblem[], path: string, exact = false) =>
  problems.filter((p) => p.path === path || (!exact && p.path.startsWith(`${path}.`))).map((p) => p.message);

/**
 * Edits one scoring model: its name, its criteria and the workflow statuses that decide a stage. Checked here first,
 * then saved naming the version it started from; the server's problems show beside their fields, and a model someone
 * else saved meanwhile asks for a reload.
 */
export function ScoringModelEditor({ model, expectedVersion, onSaved, onClose }: ScoringModelEditorProps) {
  const [draft, setDraft] = useState<ScoringModelDraft>(() => draftOfScoringModel(model));
  const [problems, setProblems] = useState<readonly PathProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (next: Partial<ScoringModelDraft>) => {
    setDraft({ ...draft, ...next });
    setProblems([]);
    setRefusal(null);
  };
  const setCriterion = (index: number, criterion: CriterionDraft) => {
    change({ criteria: draft.criteria.map((c, i) => (i === index ? criterion : c)) });
  };
  const weighted = draft.kind === 'weighted';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkScoringModelDraft(draft, Math.max(expectedVersion, 1));
    if (!checked.ok) {
      setProblems(checked.problems);
      setRefusal('Not saved: fix the fields marked below.');
      return;
    }
    setBusy(true);
    const answer = await callResolver('saveScoringModel', { model: checked.model, expectedVersion });
    setBusy(false);
    if (answer.state === 'ready') {
      onSaved(answer.data);
      return;
    }
    if (answer.code === 'CONFLICT') {
      setRefusal(`Not saved: this model was changed by someone else. Reload it and apply your changes again. (${answer.message})`);
      return;
    }
    const named = parsePathProblems(answer.message);
    setProblems(named);
    setRefusal(`Not saved: ${named.length > 0 ? 'fix the fields marked below.' : answer.message}`);
  };

  return (
    <form className="pmo-panel pmo-model-editor" aria-labelledby="pmo-model-editor-heading" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3 id="pmo-model-editor-heading">{expectedVersion === 0 ? 'New scoring model' : `Edit ${model.name} (version ${String(expectedVersion)})`}</h3>
      <div className="pmo-field-row">
        <CheckedTextField
          id="model-name"
          label="Name"
          value={draft.name}
          problems={under(problems, 'name')}
          wide
          onChange={(name) => {
            change({ name });
          }}
        />
        <CheckedTextField
          id="model-id"
          label="Id"
          value={draft.id}
          readOnly={expectedVersion > 0}
          problems={under(problems, 'id')}
          onChange={(id) => {
            change({ id });
          }}
        />
      </div>
      {under(problems, 'criteria', true).length > 0 && <p className="pmo-field-error">{under(problems, 'criteria', true).join(' ')}</p>}
      {draft.criteria.map((criterion, index) => {
        const at = `criteria.${String(index)}`;
        return (
          <CriterionFields
            key={index}
            index={index}
            criterion={criterion}
            weighted={weighted}
            problemsAt={(field) => (field === '' ? [...under(problems, at, true), ...under(problems, `${at}.role`)] : under(problems, `${at}.${field}`))}
            onChange={(next) => {
              setCriterion(index, next);
            }}
            {...(weighted && draft.criteria.length > 1
              ? {
                  onRemove: () => {
                    change({ criteria: draft.criteria.filter((_, i) => i !== index) });
                  },
                }
              : {})}
          />
        );
      })}
      {weighted && (
        <Button
          onClick={() => {
            const id = uniqueId(
              'criterion',
              draft.criteria.map((c) => c.id),
            );
            change({
              criteria: [
                ...draft.criteria,
                { id, name: 'New criterion', role: '', weight: '1', inverted: false, min: '1', max: '5', steps: '', jiraField: '' },
              ],
            });
          }}
        >
          Add a criterion
        </Button>
      )}
      <StatusStageFields
        statusStages={draft.statusStages}
        problemsAt={(path) => under(problems, path)}
        onChange={(statusStages) => {
          change({ statusStages });
        }}
      />
      {refusal !== null && (
        <p className="pmo-field-error" role="alert">
          {refusal}
        </p>
      )}
      <div className="pmo-actions">
        <Button type="submit" appearance="primary" isLoading={busy}>
          Save scoring model
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Close the editor
        </Button>
      </div>
    </form>
  );
}
