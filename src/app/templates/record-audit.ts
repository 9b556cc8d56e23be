import type { AuditAction } from '../../ports/audit-entry';
import type { AuditWriter } from './audit-writer';

/** Appends one change to the audit log, stamped with the caller and the time. */
export async function recordAudit(deps: AuditWriter, action: AuditAction, target: string, summary: string, before: unknown, after: unknown): Promise<void> {
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
