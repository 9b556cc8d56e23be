import type { AuditEntry } from '../ports/audit-entry';

/** The newest entries of the governance audit log, newest first. */
export interface AuditLogDto {
  readonly entries: readonly AuditEntry[];
}
