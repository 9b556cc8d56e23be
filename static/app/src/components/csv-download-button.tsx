import Button from '@atlaskit/button/new';
import { downloadBlob } from './download-blob';

/** Downloads text as a CSV file through a temporary Blob link, with a byte-order mark so spreadsheets read UTF-8. */
export function CsvDownloadButton({ fileName, buildCsv, children }: { readonly fileName: string; readonly buildCsv: () => string; readonly children: string }) {
  return (
    <Button
      onClick={() => {
        downloadBlob(fileName, new Blob(['\uFEFF', buildCsv()], { type: 'text/csv;charset=utf-8' }));
      }}
    >
      {children}
    </Button>
  );
}
