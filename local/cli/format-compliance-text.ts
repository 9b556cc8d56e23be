import type { ComplianceReport } from '../../src/domain/compliance/compliance-report';

/** One project's (or issue's) compliance for the terminal: the score with its explanation, then each violation and its fix. */
export function formatComplianceText(subject: string, templateName: string, report: ComplianceReport): string[] {
  const lines = [
    `${subject}  compliance ${(report.score * 100).toFixed(1)}%  (template "${templateName}" v${String(report.templateVersion)})`,
    `  ${report.explanation}`,
  ];
  if (report.violations.length === 0) lines.push('  No violations.');
  for (const v of report.violations) {
    lines.push(`  [${v.severity}] ${v.itemKey ?? '(project)'}  ${v.ruleTitle}: ${v.message}`);
    lines.push(`      fix: ${v.fix}`);
  }
  return lines;
}
