import type { AuditLogDto } from '../../contract/audit-log-dto';
import type { TemplateAdminDeps } from './template-admin-deps';
import { requireAdmin } from './require-admin';

/**
 * The newest audit entries. The log holds templates' full before and after values, and project keys, so it is for
 * administrators only.
 */
export async function loadAuditLog(deps: TemplateAdminDeps, limit: number): Promise<AuditLogDto> {
  await requireAdmin(deps);
  return { entries: await deps.templates.listAudit(Math.min(Math.max(1, Math.trunc(limit)), 500)) };
}
