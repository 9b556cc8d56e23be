import type { TemplateValidationDto } from '../../contract/template-validation-dto';
import { templateProblems } from './template-problems';

/**
 * Every problem of a draft template, with its path: the rule editor's validation as you type. The server's checks are
 * the one place templates are validated, so the page and a save never disagree.
 */
export function validateTemplate(template: unknown): TemplateValidationDto {
  return { problems: templateProblems(template).problems.map((p) => ({ path: p.path.join('.'), message: p.message })) };
}
