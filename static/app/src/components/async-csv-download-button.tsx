import Button from '@atlaskit/button/new';
import { useState } from 'react';
import { downloadBlob } from './download-blob';

/**
 * Downloads a CSV built from data still to be read (every page of a long list, say): busy while it reads, and the
 * reason beneath when it cannot, so a failed export is never a silent or partial file.
 */
export function AsyncCsvDownloadButton({
  fileName,
  buildCsv,
  children,
}: {
  readonly fileName: string;
  readonly buildCsv: () => Promise<string>;
  readonly children: string;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div>
      <Button
        isLoading={busy}
        onClick={() => {
          setBusy(true);
          setProblem(null);
          buildCsv().then(
            (csv) => {
              downloadBlob(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
              setBusy(false);
            },
            (error: unknown) => {
              setProblem(error instanceof Error ? error.message : 'The export failed.');
              setBusy(false);
            },
          );
        }}
      >
        {children}
      </Button>
      {problem !== null && (
        <p role="alert" className="pmo-field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
