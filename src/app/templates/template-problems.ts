import { findJqlSyntaxError } from '../../domain/compliance/find-jql-syntax-error';
import type { Template } from '../../domain/template/template';
import { templateSchema } from '../../domain/template/template-schema';

/** A problem in a template, with the path to it. */
export interface TemplateProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Validates a template whole: the schema first, then the syntax of every JQL rule. Answers the parsed template or
 * every problem found, each with its path.
 */
export function templateProblems(
  value: unknown,
): { readonly template: Template; readonly problems: readonly [] } | { readonly template: null; readonly problems: readonly TemplateProblem[] } {
  const parsed = templateSchema.safeParse(value);
  if (!parsed.success)
    return {
      template: null,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), message: issue.message })),
    };
  const problems: TemplateProblem[] = [];
  parsed.data.rules.forEach((rule, index) => {
    if (rule.kind !== 'jql') return;
    const error = findJqlSyntaxError(rule.jql);
    if (error !== null) problems.push({ path: ['rules', index, 'jql'], message: error });
    // The query is run inside "project = KEY AND (...)", where a sort clause cannot stand.
    else if (/\border\s+by\b/i.test(rule.jql)) problems.push({ path: ['rules', index, 'jql'], message: "a rule's JQL must not sort (remove ORDER BY)" });
  });
  return problems.length === 0 ? { template: parsed.data, problems: [] } : { template: null, problems };
}
