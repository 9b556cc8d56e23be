import type { Template } from '../domain/template/template';

/** What a refresh needs of a project's governance settings: the template it follows and the program it is assigned to. */
export interface ProjectGovernance {
  readonly template: Template;
  /** The program the admin assigned; null to keep the Jira project category. */
  readonly program: string | null;
}
