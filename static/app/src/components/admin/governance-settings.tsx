import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { TemplateDto } from '../../../../../src/contract/template-dto';
import type { TemplateListDto } from '../../../../../src/contract/template-list-dto';
import type { Template } from '../../../../../src/domain/template';
import { uniqueId } from '../../admin/unique-id';
import { callResolver } from '../../resolver/call-resolver';
import type { ResolverState } from '../../resolver/resolver-state';
import { useResolver } from '../../resolver/use-resolver';
import { malformedEnvelopeMessage } from '../../resolver/unwrap-envelope';
import { ErrorState } from '../error-state';
import { IntakeCapacityAdmin } from '../intake-admin/intake-capacity-admin';
import { AssignmentsPanel } from './assignments-panel';
import { AuditLogPanel } from './audit-log-panel';
import { BaselinesPanel } from './baselines-panel';
import { ImportExportPanel } from './import-export-panel';
import { PointsBudgetPanel } from './points-budget-panel';
import { TemplateEditor } from './template-editor';
import { TemplatesTable } from './templates-table';
import './admin.css';
import { downloadBlob } from '../download-blob';

interface Editing {
  readonly draft: Template;
  /** The version the edit started from; 0 for a template not saved yet. */
  readonly expectedVersion: number;
  readonly builtIn: boolean;
  /** Remounts the editor when another template is opened. */
  readonly session: number;
}

type Outcome = { readonly kind: 'done' | 'failed'; readonly text: string } | null;

// The bridge hands back whatever the function returned; a list without templates is not this resolver's answer.
const isTemplateList = (data: TemplateListDto): boolean =>
  Array.isArray((data as Partial<TemplateListDto>).templates) && Array.isArray((data as Partial<TemplateListDto>).projects);

function download(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
}

/**
 * The governance settings: templates, the editor with preview, assignments, import and export, baselines, the Jira
 * points budget, and the audit log.
 * Everyone may read them; only Jira administrators see the controls that write, and the server checks again.
 */
export function GovernanceSettings() {
  // Counts the changes made here: the list, and the audit log below, ask again quietly after each.
  const [reload, setReload] = useState(0);
  const loaded = useResolver(['listTemplates'], { reloadKey: reload });
  const list: ResolverState<TemplateListDto> =
    loaded.state === 'ready' && !isTemplateList(loaded.data) ? { state: 'error', message: malformedEnvelopeMessage } : loaded;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sessions, setSessions] = useState(0);

  if (list.state === 'loading') return <p aria-busy="true">Loading the governance settings…</p>;
  if (list.state === 'error')
    return <ErrorState title="Could not load the governance settings" message={list.message} code={list.code} onRetry={loaded.retry} />;
  const data = list.data;
  const canEdit = data.canEdit;

  const open = (dto: TemplateDto) => {
    setSessions(sessions + 1);
    setEditing({ draft: dto.template, expectedVersion: dto.template.version, builtIn: dto.builtIn, session: sessions + 1 });
  };
  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    const result = await work();
    setOutcome(result);
    setBusy(false);
    setReload((n) => n + 1);
  };
  const ids = data.templates.map((t) => t.template.id);
  const base = data.templates.find((t) => t.template.id === data.defaultTemplateId) ?? data.templates[0];

  const createNew = () => {
    if (base === undefined) return;
    setSessions(sessions + 1);
    setEditing({
      draft: { ...base.template, id: uniqueId('my-template', ids), name: 'New template', description: '', version: 1 },
      expectedVersion: 0,
      builtIn: false,
      session: sessions + 1,
    });
  };
  const save = (current: Editing) =>
    run(async () => {
      const answer = await callResolver('saveTemplate', { template: current.draft, expectedVersion: current.expectedVersion });
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not saved: ${answer.message}` };
      setEditing({ ...current, draft: answer.data.template, expectedVersion: answer.data.template.version });
      return { kind: 'done', text: `Saved ${answer.data.template.name}, version ${String(answer.data.template.version)}.` };
    });
  const clone = (dto: TemplateDto) =>
    run(async () => {
      const answer = await callResolver('cloneTemplate', {
        id: dto.template.id,
        newId: uniqueId(`${dto.template.id}-copy`, ids),
        name: `${dto.template.name} (copy)`,
      });
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not cloned: ${answer.message}` };
      open(answer.data);
      return { kind: 'done', text: `Cloned ${dto.template.name} as ${answer.data.template.name}.` };
    });
  const remove = (dto: TemplateDto) =>
    run(async () => {
      const answer = await callResolver('deleteTemplate', { id: dto.template.id, expectedVersion: dto.template.version });
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not deleted: ${answer.message}` };
      if (editing?.draft.id === dto.template.id) setEditing(null);
      return { kind: 'done', text: `Deleted ${dto.template.name}.` };
    });
  const assign = (projectKey: string, templateId: string | null, program: string | null) =>
    run(async () => {
      const answer = await callResolver('assignTemplate', { projectKey, templateId, program });
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not assigned: ${answer.message}` };
      return { kind: 'done', text: `${projectKey} now follows ${templateId ?? 'the default template'}; the portfolio shows it after the next refresh.` };
    });
  const importFile = (json: string) =>
    run(async () => {
      const answer = await callResolver('importTemplates', { json });
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not imported: ${answer.message}` };
      return { kind: 'done', text: `Imported ${answer.data.imported.map((t) => `${t.template.name} (version ${String(t.template.version)})`).join(', ')}.` };
    });
  const exportAll = () =>
    run(async () => {
      const answer = await callResolver('exportTemplates', {});
      if (answer.state !== 'ready') return { kind: 'failed', text: `Not exported: ${answer.message}` };
      download('pmo-governance-templates.json', answer.data.json);
      return { kind: 'done', text: `Exported ${String(answer.data.count)} template${answer.data.count === 1 ? '' : 's'}.` };
    });

  return (
    <>
      {!canEdit && (
        <SectionMessage appearance="information" title="Read-only" headingLevel="h2">
          <p>Only Jira administrators can change governance settings. You can read the templates and assignments.</p>
        </SectionMessage>
      )}
      <div aria-live="polite" className="pmo-outcome">
        {outcome !== null && <p className={outcome.kind === 'done' ? 'pmo-outcome-done' : 'pmo-outcome-failed'}>{outcome.text}</p>}
      </div>
      <section className="pmo-panel" aria-labelledby="pmo-templates-heading">
        <Heading size="medium" as="h2" id="pmo-templates-heading">
          Governance templates
        </Heading>
        <TemplatesTable
          templates={data.templates}
          defaultTemplateId={data.defaultTemplateId}
          canEdit={canEdit}
          busy={busy}
          onOpen={(dto) => {
            open(dto);
          }}
          onClone={(dto) => {
            void clone(dto);
          }}
          onDelete={(dto) => {
            void remove(dto);
          }}
        />
        {canEdit && (
          <Button appearance="primary" onClick={createNew}>
            New template
          </Button>
        )}
      </section>
      {editing !== null && (
        <TemplateEditor
          key={editing.session}
          draft={editing.draft}
          isNew={editing.expectedVersion === 0}
          readOnly={!canEdit || editing.builtIn}
          saving={busy}
          projects={data.projects}
          discoveredFields={data.discoveredFields}
          onChange={(draft) => {
            setEditing({ ...editing, draft });
          }}
          onSave={() => {
            void save(editing);
          }}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
      <AssignmentsPanel
        list={data}
        busy={busy}
        onAssign={(key, templateId, program) => {
          void assign(key, templateId, program);
        }}
      />
      <ImportExportPanel
        canEdit={canEdit}
        busy={busy}
        onExport={() => {
          void exportAll();
        }}
        onImport={(json) => {
          void importFile(json);
        }}
      />
      <BaselinesPanel
        canEdit={canEdit}
        onChanged={() => {
          setReload((n) => n + 1);
        }}
      />
      <PointsBudgetPanel
        onChanged={() => {
          setReload((n) => n + 1);
        }}
      />
      <IntakeCapacityAdmin
        projects={data.projects}
        onChanged={() => {
          setReload((n) => n + 1);
        }}
      />
      <AuditLogPanel reload={reload} canEdit={canEdit} />
    </>
  );
}
