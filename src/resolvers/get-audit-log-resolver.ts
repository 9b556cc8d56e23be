import { z } from 'zod';
import { loadAuditLog } from '../app/templates/load-audit-log';
import { templateAdminResolver } from './template-admin-resolver';

/** getAuditLog: the newest changes to the governance settings, newest first (admins only). */
export const getAuditLogResolver = templateAdminResolver(z.object({ limit: z.number().int().min(1).max(500).optional() }), (deps, { limit }) =>
  loadAuditLog(deps, limit ?? 100),
);
