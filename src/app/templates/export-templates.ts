import { templateExportFormat } from '../../domain/template/template-export-schema';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { findTemplate } from './find-template';

/** The export file (JSON text) of the named templates, or of every stored template when no ids are given. */
export async function exportTemplates(deps: TemplateAdminDeps, ids: readonly string[] | undefined): Promise<{ json: string; count: number }> {
  const templates =
    ids === undefined || ids.length === 0
      ? (await deps.templates.listTemplates()).map((s) => s.template)
      : await Promise.all(
          ids.map(async (id) => {
            const found = await findTemplate(deps.templates, id);
            if (found === null) throw new GovernanceError('NOT_FOUND', `There is no template "${id}".`);
            return found.template;
          }),
        );
  const file = { format: templateExportFormat, formatVersion: 1, exportedAt: deps.now().toISOString(), templates };
  return { json: JSON.stringify(file, null, 2), count: templates.length };
}
