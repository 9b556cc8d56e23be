import type { TemplateStore } from '../../ports/template-store';
import type { TemplateAdminDeps } from './template-admin-deps';

/** What appending to the audit log needs: the log, who acts (and their name), the time and a fresh id. */
export type AuditWriter = Pick<TemplateAdminDeps, 'actor' | 'actorName' | 'now' | 'newId'> & {
  readonly templates: Pick<TemplateStore, 'appendAudit'>;
};
