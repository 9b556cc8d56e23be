import type { StatusReportPayload } from '../../../../src/contract/report-payload';
import type { ReportConfig } from './report-config-schema';

/**
 * The `getStatusReport` payload for the macro's settings.
 *
 * @example
 * toReportPayload({ scope: 'projects', programs: [], projects: ['ALPHA'], period: '7d', sections: ['headline'] });
 * // => { scope: { kind: 'projects', keys: ['ALPHA'] }, period: '7d', sections: ['headline'] }
 */
export function toReportPayload(config: ReportConfig): StatusReportPayload {
  const scope: StatusReportPayload['scope'] =
    config.scope === 'programs' ? { kind: 'programs', names: config.programs } : config.scope === 'projects' ? { kind: 'projects', keys: config.projects } : { kind: 'portfolio' };
  return { scope, period: config.period, sections: config.sections };
}
