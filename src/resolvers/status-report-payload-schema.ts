import { z } from 'zod';
import { reportSectionNames } from '../domain/report/report-section';

const name = z.string().trim().min(1).max(255);

/** getStatusReport's payload, checked before anything is read. */
export const statusReportPayloadSchema = z.object({
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('portfolio') }),
    z.object({ kind: z.literal('programs'), names: z.array(name).min(1).max(100) }),
    z.object({ kind: z.literal('projects'), keys: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/i)).min(1).max(500) }),
  ]),
  period: z.enum(['7d', '14d', '30d']),
  sections: z.array(z.enum(reportSectionNames)).min(1).optional(),
});

/** The period's length in days. */
export const periodDaysOf = { '7d': 7, '14d': 14, '30d': 30 } as const;
