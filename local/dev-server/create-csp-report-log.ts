import type { CspViolationReport } from './parse-csp-reports';

/** The violation reports the dev server has received, kept in memory for as long as it runs. */
export interface CspReportLog {
  record(report: CspViolationReport): void;
  /** Every report so far, oldest first. */
  list(): readonly CspViolationReport[];
  /** Calls the listener with each report received from now on; the returned function stops it. */
  subscribe(listener: (report: CspViolationReport) => void): () => void;
}

/**
 * An in-memory log of CSP violation reports that tests can read, or follow as reports arrive.
 *
 * @example
 * const log = createCspReportLog();
 * log.record({ documentUri: 'http://127.0.0.1:3000/surface/pmo-portfolio', effectiveDirective: 'script-src-elem', blockedUri: 'inline', sourceFile: null, lineNumber: null, sample: '', disposition: 'enforce' });
 * log.list().length; // => 1
 */
export function createCspReportLog(): CspReportLog {
  const reports: CspViolationReport[] = [];
  const listeners = new Set<(report: CspViolationReport) => void>();
  return {
    record(report) {
      reports.push(report);
      for (const listener of listeners) listener(report);
    },
    list: () => [...reports],
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
