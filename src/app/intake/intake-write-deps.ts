import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import type { IntakeDeps } from './intake-deps';

/** What the intake writes need besides the reads: the signed-in caller, the clock and the audit log. */
export interface IntakeWriteDeps extends IntakeDeps {
  /** The caller's settings deps: who they are, their name, whether they are a Jira admin, and the audit log. */
  readonly admin: TemplateAdminDeps;
}
