import { reportSectionNames, type ReportSectionName } from './report-section';
import type { StatusReport } from './status-report';

const sectionKeys: Readonly<Record<ReportSectionName, readonly (keyof StatusReport)[]>> = {
  headline: ['headline'],
  summary: ['projects'],
  accomplishments: ['accomplishments'],
  slipped: ['slipped'],
  uncontrolled: ['changeControl'],
  variance: ['changeControl'],
  changes: ['changeControl'],
  decisions: ['changeControl'],
  upcoming: ['upcoming'],
  risks: ['topRisks', 'heatMap'],
  dependencies: ['lateDependencies'],
  compliance: ['complianceExceptions'],
  escalations: ['escalations'],
  trends: ['trends'],
  intake: ['intake'],
};

/**
 * The report as indented JSON, keeping the title, period, "as of" and not-shown count, and only the chosen sections.
 *
 * @example
 * JSON.parse(renderReportJson(report, ['risks'])).topRisks; // the ranked risks; no `projects` key
 */
export function renderReportJson(report: StatusReport, sections: readonly ReportSectionName[] = reportSectionNames): string {
  // A key several sections share (change control) stays while any of them is chosen.
  const kept = new Set(sections.flatMap((s) => sectionKeys[s]));
  const dropped = new Set(reportSectionNames.flatMap((s) => sectionKeys[s]).filter((key) => !kept.has(key)));
  const shown = Object.fromEntries(Object.entries(report).filter(([key]) => !dropped.has(key as keyof StatusReport)));
  return JSON.stringify(shown, null, 2);
}
