import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { ScoringModelDto } from '../../../../../src/contract/intake-scoring-model-dto';
import type { ScoringModel } from '../../../../../src/domain/intake';
import { buildScoringModelExport } from '../../intake-admin/build-scoring-model-export';
import { cloneScoringModel } from '../../intake-admin/clone-scoring-model';
import { callResolver } from '../../resolver/call-resolver';
import { useResolver } from '../../resolver/use-resolver';
import { downloadBlob } from '../download-blob';
import { ErrorState } from '../error-state';
import { ScoringModelEditor } from './scoring-model-editor';
import { ScoringModelImport } from './scoring-model-import';

export interface ScoringModelsPanelProps {
  /** Called after a model was saved or imported. */
  readonly onChanged: () => void;
}

interface Editing {
  readonly model: ScoringModel;
  /** The version the edit started from; 0 for a model not saved yet. */
  readonly expectedVersion: number;
  /** Remounts the editor when another model is opened. */
  readonly session: number;
}

type Outcome = { readonly kind: 'done' | 'failed'; readonly text: string } | null;

const kindLabels = { weighted: 'Weighted criteria', wsjf: 'WSJF', 'value-effort': 'Value / effort' } as const;

/**
 * The scoring models: built-in ones to clone, saved ones to edit (each save names the version it started from), an
 * export of the saved ones as one JSON file and an import of such a file. Everyone may read them; Jira administrators
 * change them, and the server checks again.
 */
export function ScoringModelsPanel({ onChanged }: ScoringModelsPanelProps) {
  const list = useResolver(['listScoringModels']);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [sessions, setSessions] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const heading = (
    <Heading size="medium" as="h2" id="pmo-scoring-models-heading">
      Scoring models
    </Heading>
  );
  if (list.state !== 'ready')
    return (
      <section className="pmo-panel" aria-labelledby="pmo-scoring-models-heading">
        {heading}
        {list.state === 'loading' ? (
          <p aria-busy="true">Loading the scoring models…</p>
        ) : (
          <ErrorState title="Could not load the scoring models" message={list.message} code={list.code} onRetry={list.retry} headingLevel="h3" />
        )}
      </section>
    );
  const { models, chosenId, canEdit } = list.data;
  const saved = models.filter((dto) => !dto.builtIn);
  const open = (model: ScoringModel, expectedVersion: number) => {
    setSessions(sessions + 1);
    setEditing({ model, expectedVersion, session: sessions + 1 });
    setOutcome(null);
  };
  const clone = (dto: ScoringModelDto) => {
    open(
      cloneScoringModel(
        dto.model,
        models.map((m) => m.model.id),
      ),
      0,
    );
  };
  const exportSaved = () => {
    downloadBlob(
      'pmo-scoring-models.json',
      new Blob(
        [
          buildScoringModelExport(
            saved.map((dto) => dto.model),
            new Date().toISOString(),
          ),
        ],
        { type: 'application/json' },
      ),
    );
    setOutcome({ kind: 'done', text: `Exported ${String(saved.length)} scoring model${saved.length === 1 ? '' : 's'}.` });
  };
  const importFile = async (json: string) => {
    setBusy(true);
    setOutcome(null);
    const answer = await callResolver('importScoringModels', { json });
    setBusy(false);
    if (answer.state !== 'ready') {
      setOutcome({ kind: 'failed', text: `Not imported: ${answer.message}` });
      return;
    }
    setOutcome({ kind: 'done', text: `Imported ${answer.data.imported.map((dto) => `${dto.model.name} (version ${String(dto.model.version)})`).join(', ')}.` });
    list.reload();
    onChanged();
  };

  return (
    <section className="pmo-panel" aria-labelledby="pmo-scoring-models-heading">
      {heading}
      <p>Built-in models are read-only: clone one to change it. Every save is a new version; a model someone else saved meanwhile must be reloaded first.</p>
      <table className="pmo-simple-table">
        <caption>Scoring models ({models.length})</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Kind</th>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">
              <span className="pmo-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((dto) => (
            <tr key={dto.model.id}>
              <th scope="row">
                {dto.model.name}
                {dto.model.id === chosenId ? ' (used by intake)' : ''}
              </th>
              <td>{kindLabels[dto.model.kind]}</td>
              <td>{dto.model.version}</td>
              <td>{dto.builtIn ? 'Built-in' : `${dto.savedAt?.slice(0, 10) ?? ''} by ${dto.savedByName ?? 'an admin'}`}</td>
              <td>
                {canEdit && (
                  <div className="pmo-actions">
                    {!dto.builtIn && (
                      <Button
                        onClick={() => {
                          open(dto.model, dto.model.version);
                        }}
                      >
                        Edit {dto.model.name}
                      </Button>
                    )}
                    <Button
                      onClick={() => {
                        clone(dto);
                      }}
                    >
                      Clone {dto.model.name}
                    </Button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div aria-live="polite" className="pmo-outcome">
        {outcome !== null && <p className={outcome.kind === 'done' ? 'pmo-outcome-done' : 'pmo-outcome-failed'}>{outcome.text}</p>}
      </div>
      <div className="pmo-actions">
        <Button isDisabled={saved.length === 0} onClick={exportSaved}>
          Export saved models (JSON)
        </Button>
      </div>
      {canEdit && <ScoringModelImport busy={busy} onImport={(json) => void importFile(json)} />}
      {!canEdit && <p>Only Jira administrators can change scoring models.</p>}
      {editing !== null && canEdit && (
        <ScoringModelEditor
          key={editing.session}
          model={editing.model}
          expectedVersion={editing.expectedVersion}
          onSaved={(dto) => {
            setEditing({ model: dto.model, expectedVersion: dto.model.version, session: editing.session });
            setOutcome({ kind: 'done', text: `Saved ${dto.model.name}, version ${String(dto.model.version)}.` });
            list.reload();
            onChanged();
          }}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}
