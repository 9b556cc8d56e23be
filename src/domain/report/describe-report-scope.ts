import type { ReportScope } from './report-scope';

/**
 * The scope in words, as a report's title names it.
 *
 * @example
 * describeReportScope({ kind: 'projects', keys: ['ALPHA', 'BETA'] }); // 'Projects ALPHA, BETA'
 */
export function describeReportScope(scope: ReportScope): string {
  switch (scope.kind) {
    case 'portfolio':
      return 'Whole portfolio';
    case 'programs':
      return `${scope.names.length === 1 ? 'Program' : 'Programs'} ${scope.names.join(', ')}`;
    case 'projects':
      return `${scope.keys.length === 1 ? 'Project' : 'Projects'} ${scope.keys.join(', ')}`;
  }
}
