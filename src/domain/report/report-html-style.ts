/** The HTML report's only style sheet, inline so the file stands alone; it prints on A4 or Letter without cut tables. */
export const reportHtmlStyle = `
body { font: 14px/1.45 -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #172b4d; margin: 24px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #dfe1e6; padding-bottom: 4px; }
p.meta { margin: 2px 0; color: #44546f; }
p.hidden { margin: 8px 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
th, td { border: 1px solid #dfe1e6; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f5f7; }
.rag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 11px; font-weight: 700; text-transform: uppercase; border: 1px solid transparent; }
.rag-red { background: #ffebe6; color: #ae2a19; border-color: #ae2a19; }
.rag-amber { background: #fff7d6; color: #7f5f01; border-color: #7f5f01; }
.rag-green { background: #dcfff1; color: #216e4e; border-color: #216e4e; }
.rag-grey { background: #f1f2f4; color: #44546f; border-color: #44546f; }
.empty { color: #44546f; font-style: italic; }
@media print {
  body { margin: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, .rag { break-inside: avoid; }
  thead { display: table-header-group; }
  .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 15mm; }
`;
