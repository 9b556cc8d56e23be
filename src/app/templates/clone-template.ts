import type { CloneTemplatePayload } from '../../contract/template-payloads';
import type { TemplateDto } from '../../contract/template-dto';
import type { TemplateAdminDeps } from './template-admin-deps';
import { findTemplate } from './find-template';
import { GovernanceError } from './governance-error';
import { parseTemplate } from './parse-template';
import { requireAdmin } from './require-admin';
import { writeTemplateVersion } from './write-template-version';

/** Copies a template (built-in or stored) under a new id and name, as version 1 of a new template. Admins only. */
export async function cloneTemplate(deps: TemplateAdminDeps, payload: CloneTemplatePayload): Promise<TemplateDto> {
  await requireAdmin(deps);
  const source = await findTemplate(deps.templates, payload.id);
  if (source === null) throw new GovernanceError('NOT_FOUND', `There is no template "${payload.id}".`);
  if ((await findTemplate(deps.templates, payload.newId)) !== null)
    throw new GovernanceError('CONFLICT', `A template with id "${payload.newId}" already exists.`);
  const draft = parseTemplate({
    ...source.template,
    id: payload.newId,
    name: payload.name,
    version: 1,
    description: `Copy of ${source.template.name}. ${source.template.description}`.slice(0, 2000),
  });
  return writeTemplateVersion(deps, draft, 0, 'template.update');
}
