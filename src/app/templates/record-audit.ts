import type { AuditAction } from '../../ports/audit-entry';
import type { TemplateAdminDeps } from './template-admin-deps';

/** Appends one change to the audit log, stamped with the caller and the time. */
export async function recordAudit(
  deps: TemplateAdminDeps,
  action: AuditAction,
  target: string,
  summary: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await deps.templates.appendAudit({
    id: deps.newId(),
    at: deps.now().toISOString(),
    by: deps.actor,
    byName: await deps.actorName(),
    action,
    target,
    summary,
    before: before ?? null,
    after: after ?? null,
  });
}
