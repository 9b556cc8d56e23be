import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import type { ChangeControlDeps } from './change-control-deps';

/** What approving a baseline or deciding a change needs besides the reads: the signed-in caller and the audit log. */
export interface ChangeControlWriteDeps extends ChangeControlDeps {
  /** The caller's settings deps: who they are, their name, and the audit log every write is recorded in. */
  readonly admin: TemplateAdminDeps;
}
