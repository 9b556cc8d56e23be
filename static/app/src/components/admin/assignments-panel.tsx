import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
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

interface TemplateChoice {
  readonly value: string;
  readonly label: string;
}

/** Which template each project follows and which program it belongs to; a change counts from the next refresh. */
export function AssignmentsPanel({ list, busy, onAssign }: AssignmentsPanelProps) {
  const [drafts, setDrafts] = useState<Readonly<Record<string, RowDraft>>>({});
  const saved = (key: string): RowDraft => {
    const a = list.assignments.find((x) => x.projectKey === key);
    return { templateId: a?.templateId ?? followDefault, program: a?.program ?? '' };
  };
  const defaultName = list.templates.find((t) => t.template.id === list.defaultTemplateId)?.template.name ?? 'Default';
  const choices: readonly TemplateChoice[] = [
    { value: followDefault, label: `Default (${defaultName})` },
    ...list.templates.filter((t) => t.template.id !== list.defaultTemplateId).map((t) => ({ value: t.template.id, label: t.template.name })),
  ];
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
              const setRow = (next: RowDraft) => {
                setDrafts({ ...drafts, [project.key]: next });
              };
              return (
                <tr key={project.key}>
                  <th scope="row">
                    {project.key} · {project.name}
                  </th>
                  <td>
                    <Select<TemplateChoice>
                      label={`Template for ${project.key}`}
                      options={choices}
                      value={choices.find((choice) => choice.value === row.templateId) ?? null}
                      isDisabled={!list.canEdit}
                      isSearchable={false}
                      menuPlacement="auto"
                      onChange={(choice) => {
                        if (choice) setRow({ ...row, templateId: choice.value });
                      }}
                    />
                  </td>
                  <td>
                    <Textfield
                      aria-label={`Program of ${project.key}`}
                      value={row.program}
                      isReadOnly={!list.canEdit}
                      onChange={(e) => {
                        setRow({ ...row, program: e.currentTarget.value });
                      }}
                    />
                  </td>
                  <td>
                    {list.canEdit && (
                      <Button
                        isDisabled={!changed || busy}
                        onClick={() => {
                          onAssign(
                            project.key,
                            row.templateId === followDefault ? null : row.templateId,
                            row.program.trim() === '' ? null : row.program.trim(),
                          );
                        }}
                      >
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
