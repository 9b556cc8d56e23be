import type { CspViolationReport } from './parse-csp-reports';

/**
 * One line a developer can act on for a CSP violation report: the frame, the directive and what it blocked.
 *
 * @example
 * describeCspReport({ documentUri: 'http://127.0.0.1:3000/surface/pmo-portfolio', effectiveDirective: 'script-src-elem', blockedUri: 'inline', sourceFile: 'http://127.0.0.1:3000/surface/pmo-portfolio', lineNumber: 12, sample: '', disposition: 'enforce' });
 * // => 'script-src-elem blocked inline in http://127.0.0.1:3000/surface/pmo-portfolio (at http://127.0.0.1:3000/surface/pmo-portfolio:12)'
 */
export function describeCspReport(report: CspViolationReport): string {
  const where = report.sourceFile === null ? '' : ` (at ${report.sourceFile}${report.lineNumber === null ? '' : `:${report.lineNumber}`})`;
  const sample = report.sample === '' ? '' : `: ${report.sample}`;
  return `${report.effectiveDirective} blocked ${report.blockedUri || 'a resource'} in ${report.documentUri}${where}${sample}`;
}
