import type { TemplateListDto } from '../../contract/template-list-dto';
import { builtInTemplates } from '../../domain/template/built-in-templates';
import { defaultTemplate } from '../../domain/template/default-template';
import type { TemplateAdminDeps } from './template-admin-deps';

/**
 * Every template (built-in first, then stored by name), the projects the caller may browse with their assignments,
 * and whether the caller may edit. Anyone may read; only admins may write.
 */
export async function listTemplates(deps: TemplateAdminDeps): Promise<TemplateListDto> {
  const [stored, assignments, canEdit, projects, discoveredFields] = await Promise.all([
    deps.templates.listTemplates(),
    deps.templates.listAssignments(),
    deps.isAdmin(),
    deps.browsableProjects(),
    deps.fieldMappings.loadFieldMapping(),
  ]);
  const visible = new Set(projects.map((p) => p.key));
  return {
    templates: [
      ...builtInTemplates.map((template) => ({ template, builtIn: true, savedAt: null, savedBy: null })),
      ...[...stored]
        .sort((a, b) => a.template.name.localeCompare(b.template.name))
        .map((s) => ({ template: s.template, builtIn: false, savedAt: s.savedAt, savedBy: s.savedBy })),
    ],
    defaultTemplateId: defaultTemplate.id,
    projects: [...projects].sort((a, b) => a.key.localeCompare(b.key)).map((p) => ({ key: p.key, name: p.name })),
    assignments: assignments.filter((a) => visible.has(a.projectKey)),
    canEdit,
    discoveredFields,
  };
}
