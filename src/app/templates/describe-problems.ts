import type { TemplateProblem } from './template-problems';

/**
 * The first problems in words, each with its path, e.g. `templates.1.rules.0.severity: severity must be one of ...`.
 *
 * @example
 * describeProblems([{ path: ['rules', 0, 'title'], message: 'title must not be empty' }]); // 'rules.0.title: title must not be empty'
 */
export function describeProblems(problems: readonly TemplateProblem[], max = 3): string {
  const shown = problems.slice(0, max).map((p) => `${p.path.length > 0 ? p.path.join('.') : '(top level)'}: ${p.message}`);
  const more = problems.length > max ? ` (and ${String(problems.length - max)} more)` : '';
  return shown.join('; ') + more;
}
