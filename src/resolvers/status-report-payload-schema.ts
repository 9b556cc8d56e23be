import { z } from 'zod';
import { baselineIdPattern } from '../domain/baseline/baseline-id';
import type { ReportPeriodRequest } from '../domain/report/report-period-request';
import { reportSectionNames } from '../domain/report/report-section';

const name = z.string().trim().min(1).max(255);

/** getStatusReport's payload, checked before anything is read. */
export const statusReportPayloadSchema = z.object({
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('portfolio') }),
    z.object({ kind: z.literal('programs'), names: z.array(name).min(1).max(100) }),
    z.object({
      kind: z.literal('projects'),
      keys: z
        .array(z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/i))
        .min(1)
        .max(500),
    }),
  ]),
  period: z.union([z.enum(['7d', '14d', '30d']), z.object({ baselineId: z.string().regex(baselineIdPattern, 'must be a baseline id') })]),
  sections: z.array(z.enum(reportSectionNames)).min(1).optional(),
});

const periodDaysOf = { '7d': 7, '14d': 14, '30d': 30 } as const;

/** The payload's period as the report use case takes it. */
export function toPeriodRequest(period: z.infer<typeof statusReportPayloadSchema>['period']): ReportPeriodRequest {
  return typeof period === 'string' ? { kind: 'last-days', days: periodDaysOf[period] } : { kind: 'since-baseline', baselineId: period.baselineId };
}
