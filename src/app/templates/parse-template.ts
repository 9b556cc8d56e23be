import type { Template } from '../../domain/template/template';
import { describeProblems } from './describe-problems';
import { GovernanceError } from './governance-error';
import { templateProblems } from './template-problems';

/** Validates a template sent by a page (schema and JQL syntax); an invalid one is refused with the path and the problem. */
export function parseTemplate(value: unknown): Template {
  const checked = templateProblems(value);
  if (checked.template === null) throw new GovernanceError('BAD_REQUEST', `The template is not valid: ${describeProblems(checked.problems)}`);
  return checked.template;
}
