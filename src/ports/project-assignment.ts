/** Which template a project follows (null: the default template) and which program it belongs to (null: its Jira category). */
export interface ProjectAssignment {
  readonly projectKey: string;
  readonly templateId: string | null;
  readonly program: string | null;
}
