import type { Template } from '../domain/template/template';

/** A template as the admin page shows it: built-in ones are read-only and have no save record. */
export interface TemplateDto {
  readonly template: Template;
  readonly builtIn: boolean;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
}
