import type { StatusReportPayload } from '../../../../src/contract/report-payload';
import type { ReportConfig } from './report-config-schema';

/**
 * The `getStatusReport` payload for the macro's settings; a baseline period is sent as the baseline's id alone.
 *
 * @example
 * toReportPayload({ scope: 'projects', programs: [], projects: ['ALPHA'], period: '7d', sections: ['headline'] });
 * // => { scope: { kind: 'projects', keys: ['ALPHA'] }, period: '7d', sections: ['headline'] }
 * toReportPayload({ scope: 'portfolio', programs: [], projects: [], period: 'baseline', baselineId: 'b-1', baselineName: 'Gate 2', sections: ['trends'] });
 * // => { scope: { kind: 'portfolio' }, period: { baselineId: 'b-1' }, sections: ['trends'] }
 */
export function toReportPayload(config: ReportConfig): StatusReportPayload {
  const scope: StatusReportPayload['scope'] =
    config.scope === 'programs'
      ? { kind: 'programs', names: config.programs }
      : config.scope === 'projects'
        ? { kind: 'projects', keys: config.projects }
        : { kind: 'portfolio' };
  // A parsed config always names its baseline; an empty id is refused by the server in words rather than guessed at.
  const period: StatusReportPayload['period'] = config.period === 'baseline' ? { baselineId: config.baselineId ?? '' } : config.period;
  return { scope, period, sections: config.sections };
}
