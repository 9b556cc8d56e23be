import { builtInTemplates } from '../../domain/template/built-in-templates';
import type { TemplateStore } from '../../ports/template-store';
import type { TemplateDto } from '../../contract/template-dto';

/** A template by id: a built-in one, or the latest stored version; null when there is no such template. */
export async function findTemplate(store: TemplateStore, id: string): Promise<TemplateDto | null> {
  const builtIn = builtInTemplates.find((t) => t.id === id);
  if (builtIn !== undefined) return { template: builtIn, builtIn: true, savedAt: null, savedBy: null };
  const stored = await store.loadTemplate(id);
  return stored === null ? null : { template: stored.template, builtIn: false, savedAt: stored.savedAt, savedBy: stored.savedBy };
}
