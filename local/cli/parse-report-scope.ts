import type { ReportScope } from '../../src/domain/report/report-scope';
import { UsageError } from './parse-common-options';

/**
 * Reads `--scope`: `portfolio`, `program:NAME[,NAME...]` or `project:KEY[,KEY...]`.
 *
 * @example
 * parseReportScope('project:ALPHA,BETA'); // { kind: 'projects', keys: ['ALPHA', 'BETA'] }
 */
export function parseReportScope(raw: string | undefined): ReportScope {
  if (raw === undefined || raw === 'portfolio') return { kind: 'portfolio' };
  const match = /^(program|project)s?:(.+)$/.exec(raw);
  const list =
    match?.[2]
      ?.split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '') ?? [];
  if (match === null || list.length === 0) throw new UsageError(`--scope must be portfolio, program:NAME[,NAME] or project:KEY[,KEY], not '${raw}'.`);
  return match[1] === 'program' ? { kind: 'programs', names: list } : { kind: 'projects', keys: list.map((key) => key.toUpperCase()) };
}
