import type { AdfDocument, AdfNode } from './adf-node';
import { reportSectionNames, type ReportSectionName } from './report-section';
import { reportPreamble, reportTables, type ReportCell } from './report-table';
import type { StatusReport } from './status-report';

const statusColour = { red: 'red', amber: 'yellow', green: 'green', grey: 'neutral' } as const;

/** ADF text nodes must not be empty; an absent value shows as an en dash. */
function textNode(text: string, bold = false): AdfNode {
  return { type: 'text', text: text === '' ? '–' : text, ...(bold ? { marks: [{ type: 'strong' }] } : {}) };
}

function paragraph(text: string, bold = false): AdfNode {
  return { type: 'paragraph', content: [textNode(text, bold)] };
}

function cellNode(cell: ReportCell): AdfNode {
  // A status lozenge (ADF `status`) keeps the colour in Confluence's PDF and Word exports.
  const inline = 'rag' in cell ? { type: 'status', attrs: { text: cell.text, color: statusColour[cell.rag], localId: '' } } : textNode(cell.text);
  return { type: 'tableCell', content: [{ type: 'paragraph', content: [inline] }] };
}

/**
 * The report as an ADF document of tables, for Confluence's PDF and Word export (`adfExport`): a heading and the
 * preamble, then per section a heading and a table (doc > table > tableRow > tableHeader/tableCell > paragraph > text).
 *
 * @example
 * renderReportAdf(report, ['summary']).content.filter((n) => n.type === 'table').length; // 1
 */
export function renderReportAdf(report: StatusReport, sections: readonly ReportSectionName[] = reportSectionNames): AdfDocument {
  const content: AdfNode[] = [
    { type: 'heading', attrs: { level: 2 }, content: [textNode(report.title)] },
    ...reportPreamble(report).map((line) => paragraph(line)),
  ];
  for (const table of reportTables(report, sections)) {
    content.push({ type: 'heading', attrs: { level: 3 }, content: [textNode(table.title)] });
    if (table.rows.length === 0) {
      content.push(paragraph(table.empty));
      continue;
    }
    const head: AdfNode = { type: 'tableRow', content: table.head.map((h) => ({ type: 'tableHeader', content: [paragraph(h, true)] })) };
    content.push({
      type: 'table',
      attrs: { isNumberColumnEnabled: false, layout: 'default' },
      content: [head, ...table.rows.map((row): AdfNode => ({ type: 'tableRow', content: row.map(cellNode) }))],
    });
    if (table.note !== null) content.push(paragraph(table.note));
  }
  return { type: 'doc', version: 1, content };
}
