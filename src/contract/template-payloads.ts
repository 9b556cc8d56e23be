/**
 * The payloads of the governance resolvers. Templates travel as `unknown` on purpose: the server validates every one
 * with the template schema, whatever the page sent.
 */
export interface SaveTemplatePayload {
  readonly template: unknown;
  /** The version the edit started from; 0 for a new template. */
  readonly expectedVersion: number;
}
export interface TemplateIdPayload {
  readonly id: string;
}
export interface DeleteTemplatePayload {
  readonly id: string;
  readonly expectedVersion: number;
}
export interface CloneTemplatePayload {
  readonly id: string;
  readonly newId: string;
  readonly name: string;
}
export interface AssignTemplatePayload {
  readonly projectKey: string;
  /** null: follow the default template. */
  readonly templateId: string | null;
  /** null: the project's Jira category. */
  readonly program?: string | null;
}
export interface ImportTemplatesPayload {
  /** The export file's text. */
  readonly json: string;
}
export interface PreviewTemplatePayload {
  readonly template: unknown;
  readonly projectKey: string;
}
