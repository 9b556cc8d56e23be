import { z } from 'zod';
import { loadAuditLog } from '../app/governance/load-audit-log';
import { governanceResolver } from './governance-resolver';

/** getAuditLog: the newest changes to the governance settings, newest first (admins only). */
export const getAuditLogResolver = governanceResolver(z.object({ limit: z.number().int().min(1).max(500).optional() }), (deps, { limit }) => loadAuditLog(deps, limit ?? 100));
