import Button from '@atlaskit/button/new';

/** Downloads text as a CSV file through a temporary Blob link, with a byte-order mark so spreadsheets read UTF-8. */
export function CsvDownloadButton({ fileName, buildCsv, children }: { readonly fileName: string; readonly buildCsv: () => string; readonly children: string }) {
  return (
    <Button
      onClick={() => {
        const url = URL.createObjectURL(new Blob(['\uFEFF', buildCsv()], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = fileName;
        document.body.append(link);
        link.click();
        link.remove();
        // Revoked after the click has started the download, not before.
        setTimeout(() => {
          URL.revokeObjectURL(url);
        }, 0);
      }}
    >
      {children}
    </Button>
  );
}
