import type { ProjectRef } from '../rollup/project-ref';
import type { ReportScope } from './report-scope';

/**
 * The projects a scope covers: every one for the portfolio, those whose program (Jira project category) is named,
 * or those whose key is listed (names and keys compared without regard to case).
 *
 * @example
 * selectScopeProjects({ kind: 'programs', names: ['digital'] }, [alpha, beta, gamma]).map((p) => p.key); // ['ALPHA', 'BETA']
 */
export function selectScopeProjects<P extends { readonly key: string; readonly category: ProjectRef['category'] }>(
  scope: ReportScope,
  projects: readonly P[],
): P[] {
  switch (scope.kind) {
    case 'portfolio':
      return [...projects];
    case 'programs': {
      const names = new Set(scope.names.map((name) => name.toLowerCase()));
      return projects.filter((project) => names.has((project.category ?? '').toLowerCase()));
    }
    case 'projects': {
      const keys = new Set(scope.keys.map((key) => key.toUpperCase()));
      return projects.filter((project) => keys.has(project.key.toUpperCase()));
    }
  }
}
