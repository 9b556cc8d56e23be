import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { useState } from 'react';

export interface ImportExportPanelProps {
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onExport: () => void;
  readonly onImport: (json: string) => void;
}

/** Templates out as one JSON file, and in from one: the whole file is checked on the server before anything is written. */
export function ImportExportPanel({ canEdit, busy, onExport, onImport }: ImportExportPanelProps) {
  const [json, setJson] = useState('');
  return (
    <section className="pmo-panel" aria-labelledby="pmo-import-heading">
      <Heading size="medium" as="h2" id="pmo-import-heading">
        Import and export
      </Heading>
      <div className="pmo-actions">
        <Button isDisabled={busy} onClick={onExport}>
          Export templates (JSON)
        </Button>
      </div>
      {canEdit && (
        <>
          <div className="pmo-field">
            <label htmlFor="import-file">Template file to import</label>
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void file.text().then(setJson);
              }}
            />
          </div>
          <div className="pmo-field pmo-field-wide">
            <label htmlFor="import-json">Or paste the file's JSON</label>
            <TextArea
              id="import-json"
              minimumRows={6}
              isMonospaced
              value={json}
              onChange={(event) => {
                setJson(event.target.value);
              }}
            />
          </div>
          <Button
            isDisabled={busy || json.trim() === ''}
            onClick={() => {
              onImport(json);
            }}
          >
            Import
          </Button>
        </>
      )}
    </section>
  );
}
