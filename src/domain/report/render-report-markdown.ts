import { reportSectionNames, type ReportSectionName } from './report-section';
import { reportPreamble, reportTables } from './report-table';
import type { StatusReport } from './status-report';

/** Keeps issue text from breaking a Markdown table or being read as markup. */
function cell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>*_`[\]]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/**
 * The report as GitHub-flavoured Markdown: a title, the preamble, then one table per section.
 *
 * @example
 * renderReportMarkdown(report, ['headline']).split('\n')[0]; // '# Status report: Whole portfolio'
 */
export function renderReportMarkdown(report: StatusReport, sections: readonly ReportSectionName[] = reportSectionNames): string {
  const lines = [`# ${cell(report.title)}`, '', ...reportPreamble(report).map(cell), ''];
  for (const table of reportTables(report, sections)) {
    lines.push(`## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push(table.empty, '');
      continue;
    }
    lines.push(`| ${table.head.map(cell).join(' | ')} |`, `| ${table.head.map(() => '---').join(' | ')} |`);
    for (const row of table.rows) lines.push(`| ${row.map((c) => cell(c.text)).join(' | ')} |`);
    lines.push('');
    if (table.note !== null) lines.push(cell(table.note), '');
  }
  return lines.join('\n');
}
