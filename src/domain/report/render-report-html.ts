import { escapeHtml } from './escape-html';
import { reportHtmlStyle } from './report-html-style';
import { reportSectionNames, type ReportSectionName } from './report-section';
import { reportPreamble, reportTables, type ReportCell } from './report-table';
import { hiddenLine } from './report-words';
import type { StatusReport } from './status-report';

function cellHtml(cell: ReportCell): string {
  const text = escapeHtml(cell.text);
  return 'rag' in cell ? `<span class="rag rag-${cell.rag}">${text}</span>` : text;
}

/**
 * The report as one self-contained HTML page: inline CSS, no script, no external resource, print-friendly; every
 * piece of issue text is escaped, so a summary such as `<img src=x onerror=...>` shows as text.
 *
 * @example
 * renderReportHtml(report).startsWith('<!doctype html>'); // true
 */
export function renderReportHtml(report: StatusReport, sections: readonly ReportSectionName[] = reportSectionNames): string {
  const hidden = hiddenLine(report.hiddenCount);
  const preamble = reportPreamble(report)
    .filter((line) => line !== hidden)
    .map((line) => `<p class="meta">${escapeHtml(line)}</p>`);
  const body = reportTables(report, sections).map((table) => {
    const content =
      table.rows.length === 0
        ? `<p class="empty">${escapeHtml(table.empty)}</p>`
        : `<table><thead><tr>${table.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${table.rows
            .map((row) => `<tr>${row.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>${table.note === null ? '' : `<p class="empty">${escapeHtml(table.note)}</p>`}`;
    return `<section><h2>${escapeHtml(table.title)}</h2>${content}</section>`;
  });
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(report.title)}</title><style>${reportHtmlStyle}</style></head><body>`,
    `<h1>${escapeHtml(report.title)}</h1>`,
    ...preamble,
    hidden === null ? '' : `<p class="hidden">${escapeHtml(hidden)}</p>`,
    ...body,
    '</body></html>',
  ].join('\n');
}
