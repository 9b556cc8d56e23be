import type { TemplateDto } from '../../contract/template-dto';
import type { Template } from '../../domain/template/template';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { isBuiltInId } from './is-built-in-id';
import { recordAudit } from './record-audit';

/**
 * Stores the template as the version after `expectedVersion`, if that is still the latest one, and audits it. A save
 * over a version someone else has moved past is refused with CONFLICT and changes nothing.
 */
export async function writeTemplateVersion(
  deps: TemplateAdminDeps,
  draft: Template,
  expectedVersion: number,
  action: 'template.update' | 'template.import',
): Promise<TemplateDto> {
  if (isBuiltInId(draft.id))
    throw new GovernanceError('BAD_REQUEST', `"${draft.id}" is a built-in template and cannot be changed; clone it and edit the copy.`);
  const current = await deps.templates.loadTemplate(draft.id);
  const currentVersion = current?.template.version ?? 0;
  if (currentVersion !== expectedVersion) {
    const who = current === null ? 'it was deleted' : `${current.savedBy} saved version ${String(currentVersion)} at ${current.savedAt}`;
    throw new GovernanceError(
      'CONFLICT',
      `Template "${draft.id}" changed since you opened version ${String(expectedVersion)}: ${who}. Reload it and apply your changes again.`,
    );
  }
  const template: Template = { ...draft, version: expectedVersion + 1 };
  const savedAt = deps.now().toISOString();
  if ((await deps.templates.addTemplateVersion({ template, savedAt, savedBy: deps.actor })) === 'conflict') {
    throw new GovernanceError('CONFLICT', `Template "${draft.id}" was saved by someone else a moment ago. Reload it and apply your changes again.`);
  }
  const created = current === null;
  const verb = action === 'template.import' ? 'Imported' : created ? 'Created' : 'Updated';
  await recordAudit(
    deps,
    created && action === 'template.update' ? 'template.create' : action,
    template.id,
    `${verb} template "${template.name}" (version ${String(template.version)})`,
    current?.template ?? null,
    template,
  );
  return { template, builtIn: false, savedAt, savedBy: deps.actor };
}
