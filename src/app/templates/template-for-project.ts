import { defaultTemplate } from '../../domain/template/default-template';
import type { Template } from '../../domain/template/template';
import type { TemplateStore } from '../../ports/template-store';
import { findTemplate } from './find-template';

/** The template a project follows: its assigned one, or the default when it has none (or the assigned one is gone). */
export async function templateForProject(store: TemplateStore, projectKey: string): Promise<Template> {
  const assignment = await store.loadAssignment(projectKey);
  const templateId = assignment?.templateId ?? null;
  if (templateId === null) return defaultTemplate;
  return (await findTemplate(store, templateId))?.template ?? defaultTemplate;
}
