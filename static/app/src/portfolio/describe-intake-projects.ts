/**
 * Why the intake projects are not among the portfolio's projects, naming them by key.
 *
 * @example
 * describeIntakeProjects([{ key: 'INT', name: 'PMO Intake' }]); // 'Intake projects (INT) are on the Intake tab: they hold proposals, not delivery work.'
 */
export function describeIntakeProjects(projects: readonly { readonly key: string; readonly name: string }[]): string {
  return `Intake projects (${projects.map((project) => project.key).join(', ')}) are on the Intake tab: they hold proposals, not delivery work.`;
}
