import { describeCspReport } from '../../local/dev-server/describe-csp-report';
import type { DevServer } from '../../local/dev-server/start-dev-server';

/**
 * Every Content-Security-Policy violation report the dev server has received, one line each: a suite expects none,
 * including reports that arrived after the page that caused them was closed.
 */
export function cspReportLines(server: Pick<DevServer, 'cspReports'>): string[] {
  return server.cspReports.list().map(describeCspReport);
}
