import Button from '@atlaskit/button/new';
import { useState } from 'react';

export interface ScoringModelImportProps {
  readonly busy: boolean;
  readonly onImport: (json: string) => void;
}

/** Choose a scoring model export file and import it: the server checks the whole file before it writes any model. */
export function ScoringModelImport({ busy, onImport }: ScoringModelImportProps) {
  const [file, setFile] = useState<{ readonly name: string; readonly json: string } | null>(null);
  return (
    <div className="pmo-field-row">
      <div className="pmo-field">
        <label htmlFor="scoring-model-import-file">Scoring model file to import</label>
        <input
          id="scoring-model-import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="scoring-model-import-hint"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            if (chosen)
              void chosen.text().then((json) => {
                setFile({ name: chosen.name, json });
              });
            else setFile(null);
          }}
        />
        <span id="scoring-model-import-hint" className="pmo-hint">
          A file exported here. Every model in it is imported, or none when any is not valid.
        </span>
      </div>
      <Button
        isDisabled={busy || file === null}
        onClick={() => {
          if (file !== null) onImport(file.json);
        }}
      >
        Import {file?.name ?? 'scoring models'}
      </Button>
    </div>
  );
}
