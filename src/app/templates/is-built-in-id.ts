import { builtInTemplates } from '../../domain/template/built-in-templates';

/** Whether the id is one of the built-in templates', which cannot be saved over or deleted. */
export function isBuiltInId(id: string): boolean {
  return builtInTemplates.some((t) => t.id === id);
}
