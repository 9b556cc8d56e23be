import type { Template } from '../domain/template/template';

/** A template version as stored, with who saved it and when. */
export interface StoredTemplate {
  readonly template: Template;
  readonly savedAt: string;
  readonly savedBy: string;
}
