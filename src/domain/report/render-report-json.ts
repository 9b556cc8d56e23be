import { reportSectionNames, type ReportSectionName } from './report-section';
import type { StatusReport } from './status-report';

const sectionKeys: Readonly<Record<ReportSectionName, readonly (keyof StatusReport)[]>> = {
  headline: ['headline'],
  summary: ['projects'],
  accomplishments: ['accomplishments'],
  slipped: ['slipped'],
  upcoming: ['upcoming'],
  risks: ['topRisks', 'heatMap'],
  dependencies: ['lateDependencies'],
  compliance: ['complianceExceptions'],
  escalations: ['escalations'],
  trends: ['trends'],
};

/**
 * The report as indented JSON, keeping the title, period, "as of" and not-shown count, and only the chosen sections.
 *
 * @example
 * JSON.parse(renderReportJson(report, ['risks'])).topRisks; // the ranked risks; no `projects` key
 */
export function renderReportJson(report: StatusReport, sections: readonly ReportSectionName[] = reportSectionNames): string {
  const dropped = new Set(reportSectionNames.filter((s) => !sections.includes(s)).flatMap((s) => sectionKeys[s]));
  const kept = Object.fromEntries(Object.entries(report).filter(([key]) => !dropped.has(key as keyof StatusReport)));
  return JSON.stringify(kept, null, 2);
}
