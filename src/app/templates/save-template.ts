import type { SaveTemplatePayload } from '../../contract/template-payloads';
import type { TemplateDto } from '../../contract/template-dto';
import { checkJqlWithJira } from './check-jql-with-jira';
import { describeProblems } from './describe-problems';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { parseTemplate } from './parse-template';
import { requireAdmin } from './require-admin';
import { writeTemplateVersion } from './write-template-version';

/** Saves a template edited from `expectedVersion` (0 for a new one) as the next version. Admins only. */
export async function saveTemplate(deps: TemplateAdminDeps, payload: SaveTemplatePayload): Promise<TemplateDto> {
  await requireAdmin(deps);
  const template = parseTemplate(payload.template);
  const jqlProblems = await checkJqlWithJira(deps, [template], () => []);
  if (jqlProblems.length > 0) throw new GovernanceError('BAD_REQUEST', `The template is not valid: ${describeProblems(jqlProblems)}`);
  return writeTemplateVersion(deps, template, payload.expectedVersion, 'template.update');
}
