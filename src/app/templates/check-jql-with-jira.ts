import type { Template } from '../../domain/template/template';
import type { TemplateAdminDeps } from './template-admin-deps';
import type { TemplateProblem } from './template-problems';

/**
 * Asks Jira about every JQL rule of the templates (one search for one issue id per rule), so a rule naming a field or
 * function the site does not have is refused before it is saved. `pathOf` places each problem in the request.
 */
export async function checkJqlWithJira(
  deps: TemplateAdminDeps,
  templates: readonly Template[],
  pathOf: (templateIndex: number) => readonly (string | number)[],
): Promise<TemplateProblem[]> {
  const problems: TemplateProblem[] = [];
  for (const [templateIndex, template] of templates.entries()) {
    for (const [ruleIndex, rule] of template.rules.entries()) {
      if (rule.kind !== 'jql') continue;
      const error = await deps.jqlError(rule.jql);
      if (error !== null) problems.push({ path: [...pathOf(templateIndex), 'rules', ruleIndex, 'jql'], message: `Jira refused the query: ${error}` });
    }
  }
  return problems;
}
