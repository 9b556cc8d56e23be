import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { TemplateDto } from '../../../../../src/contract/template-dto';

export interface TemplatesTableProps {
  readonly templates: readonly TemplateDto[];
  readonly defaultTemplateId: string;
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onOpen: (dto: TemplateDto) => void;
  readonly onClone: (dto: TemplateDto) => void;
  readonly onDelete: (dto: TemplateDto) => void;
}

/** Every template with what it is for, and the actions the viewer may take on it (deleting asks once more). */
export function TemplatesTable({ templates, defaultTemplateId, canEdit, busy, onOpen, onClone, onDelete }: TemplatesTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table className="pmo-simple-table">
      <caption>Templates ({templates.length})</caption>
      <thead>
        <tr>
          <th scope="col">Template</th>
          <th scope="col">Methodology</th>
          <th scope="col">Version</th>
          <th scope="col">Rules</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((dto) => {
          const { template } = dto;
          const editable = canEdit && !dto.builtIn;
          return (
            <tr key={template.id}>
              <th scope="row">
                <span className="pmo-template-name">{template.name}</span> <span className="pmo-hint">{template.id}</span>{' '}
                {dto.builtIn && <Lozenge>Built-in</Lozenge>} {template.id === defaultTemplateId && <Lozenge appearance="inprogress">Default</Lozenge>}
              </th>
              <td>{template.methodology}</td>
              <td>{template.version}</td>
              <td>{template.rules.length}</td>
              <td className="pmo-row-actions">
                <Button
                  appearance="subtle"
                  onClick={() => {
                    onOpen(dto);
                  }}
                >
                  {editable ? `Edit ${template.name}` : `View ${template.name}`}
                </Button>
                {canEdit && (
                  <Button
                    appearance="subtle"
                    isDisabled={busy}
                    onClick={() => {
                      onClone(dto);
                    }}
                  >
                    Clone {template.name}
                  </Button>
                )}
                {editable &&
                  (confirming === template.id ? (
                    <Button
                      appearance="danger"
                      isDisabled={busy}
                      onClick={() => {
                        setConfirming(null);
                        onDelete(dto);
                      }}
                    >
                      Confirm delete of {template.name}
                    </Button>
                  ) : (
                    <Button
                      appearance="subtle"
                      isDisabled={busy}
                      onClick={() => {
                        setConfirming(template.id);
                      }}
                    >
                      Delete {template.name}
                    </Button>
                  ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
