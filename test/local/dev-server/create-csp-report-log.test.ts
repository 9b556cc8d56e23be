import { createCspReportLog } from '../../../local/dev-server/create-csp-report-log';
import type { CspViolationReport } from '../../../local/dev-server/parse-csp-reports';

const report = (blockedUri: string): CspViolationReport => ({
  documentUri: 'http://127.0.0.1:3000/surface/pmo-portfolio',
  effectiveDirective: 'script-src-elem',
  blockedUri,
  sourceFile: null,
  lineNumber: null,
  sample: '',
  disposition: 'enforce',
});

describe('createCspReportLog', () => {
  it('lists the reports it received, oldest first, as a copy the reader cannot change', () => {
    const log = createCspReportLog();
    log.record(report('inline'));
    log.record(report('eval'));
    const listed = log.list();
    expect(listed.map((r) => r.blockedUri)).toEqual(['inline', 'eval']);
    log.record(report('https://cdn.example.com/x.js'));
    expect(listed).toHaveLength(2);
  });

  it('tells each subscriber of the reports that arrive until it stops listening', () => {
    const log = createCspReportLog();
    const seen: string[] = [];
    log.record(report('before'));
    const stop = log.subscribe((r) => seen.push(r.blockedUri));
    log.record(report('during'));
    stop();
    log.record(report('after'));
    expect(seen).toEqual(['during']);
  });
});
