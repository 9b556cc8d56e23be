import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { TemplateListDto } from '../../../../../src/contract/template-list-dto';

export interface AssignmentsPanelProps {
  readonly list: TemplateListDto;
  readonly busy: boolean;
  readonly onAssign: (projectKey: string, templateId: string | null, program: string | null) => void;
}

interface RowDraft {
  readonly templateId: string;
  readonly program: string;
}

const followDefault = '';

/** Which template each project follows and which program it belongs to; a change counts from the next refresh. */
export function AssignmentsPanel({ list, busy, onAssign }: AssignmentsPanelProps) {
  const [drafts, setDrafts] = useState<Readonly<Record<string, RowDraft>>>({});
  const saved = (key: string): RowDraft => {
    const a = list.assignments.find((x) => x.projectKey === key);
    return { templateId: a?.templateId ?? followDefault, program: a?.program ?? '' };
  };
  const defaultName = list.templates.find((t) => t.template.id === list.defaultTemplateId)?.template.name ?? 'Default';
  return (
    <section className="pmo-panel" aria-labelledby="pmo-assignments-heading">
      <Heading size="medium" as="h2" id="pmo-assignments-heading">
        Projects and their templates
      </Heading>
      <p>Projects without a template follow {defaultName}. A new assignment counts from the project's next refresh.</p>
      {list.projects.length === 0 ? (
        <p>Jira lets you browse no projects.</p>
      ) : (
        <table className="pmo-simple-table">
          <caption>Template assignments ({list.projects.length} projects)</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Template</th>
              <th scope="col">Program (empty: the Jira category)</th>
              <th scope="col">
                <span className="pmo-visually-hidden">Save</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.projects.map((project) => {
              const row = drafts[project.key] ?? saved(project.key);
              const changed = JSON.stringify(row) !== JSON.stringify(saved(project.key));
              const setRow = (next: RowDraft) => { setDrafts({ ...drafts, [project.key]: next }); };
              return (
                <tr key={project.key}>
                  <th scope="row">
                    {project.key} · {project.name}
                  </th>
                  <td>
                    <select aria-label={`Template for ${project.key}`} value={row.templateId} disabled={!list.canEdit} onChange={(e) => { setRow({ ...row, templateId: e.target.value }); }}>
                      <option value={followDefault}>Default ({defaultName})</option>
                      {list.templates
                        .filter((t) => t.template.id !== list.defaultTemplateId)
                        .map((t) => (
                          <option key={t.template.id} value={t.template.id}>
                            {t.template.name}
                          </option>
                        ))}
                    </select>
                  </td>
                  <td>
                    <input type="text" aria-label={`Program of ${project.key}`} value={row.program} readOnly={!list.canEdit} onChange={(e) => { setRow({ ...row, program: e.target.value }); }} />
                  </td>
                  <td>
                    {list.canEdit && (
                      <Button isDisabled={!changed || busy} onClick={() => { onAssign(project.key, row.templateId === followDefault ? null : row.templateId, row.program.trim() === '' ? null : row.program.trim()); }}>
                        Save {project.key}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
