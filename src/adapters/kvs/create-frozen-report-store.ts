import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { rags } from '../../domain/rag/rag';
import type { FrozenReport, FrozenReportSummary } from '../../domain/report/frozen-report';
import { reportSectionNames } from '../../domain/report/report-section';
import type { StatusReport } from '../../domain/report/status-report';
import type { FrozenReportStore } from '../../ports/frozen-report-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { isKeyConflict } from './is-key-conflict';

const summarySchema = z.object({
  id: z.string(),
  macroId: z.string(),
  publishedAt: z.string(),
  publishedBy: z.object({ accountId: z.string(), displayName: z.string() }),
  title: z.string(),
  overall: z.enum(rags),
  projectKeys: z.array(z.string()),
});

const reportKeys = [
  'title',
  'period',
  'headline',
  'projects',
  'accomplishments',
  'slipped',
  'upcoming',
  'topRisks',
  'heatMap',
  'lateDependencies',
  'complianceExceptions',
  'escalations',
  'trends',
  'hiddenCount',
];

/**
 * The app wrote the report itself; reading it back checks it still has a report's parts before it is shown. Change
 * control (`changeControl`) is not among them: copies frozen before reports held it open without it.
 */
const storedReportSchema = z.custom<StatusReport>(
  (value) => typeof value === 'object' && value !== null && reportKeys.every((key) => key in value),
  'not a stored status report',
);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const periodDaysSchema = z.union([z.literal(7), z.literal(14), z.literal(30)]);

const periodRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('last-days'), days: periodDaysSchema }),
  z.object({ kind: z.literal('since-baseline'), baselineId: z.string() }),
]);

/**
 * Reports frozen before periods could start at a baseline kept only a length in days (`periodDays` in the request,
 * `period.days` without a kind in the report): read back, they become the "last N days" period they always were.
 */
function upgradeStoredFrozen(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.request) || !isRecord(value.report)) return value;
  const { periodDays, ...request } = value.request;
  const upgradedRequest = periodDays !== undefined && !('period' in request) ? { ...request, period: { kind: 'last-days', days: periodDays } } : value.request;
  const period = value.report.period;
  const upgradedReport = isRecord(period) && !('kind' in period) ? { ...value.report, period: { kind: 'last-days', ...period } } : value.report;
  return { ...value, request: upgradedRequest, report: upgradedReport };
}

const frozenSchema = summarySchema.extend({
  request: z.object({
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('portfolio') }),
      z.object({ kind: z.literal('programs'), names: z.array(z.string()) }),
      z.object({ kind: z.literal('projects'), keys: z.array(z.string()) }),
    ]),
    period: periodRequestSchema,
    sections: z.array(
      // Every section a report has ever had: copies frozen before the change-control sections list only the older ones.
      z.enum(reportSectionNames),
    ),
  }),
  report: storedReportSchema,
});

/** Frozen reports in Forge storage: the whole report under one key, its summary under another for listing. */
export function createFrozenReportStore(): FrozenReportStore {
  return {
    async save(frozen) {
      const summary: FrozenReportSummary = {
        id: frozen.id,
        macroId: frozen.macroId,
        publishedAt: frozen.publishedAt,
        publishedBy: frozen.publishedBy,
        title: frozen.title,
        overall: frozen.overall,
        projectKeys: frozen.projectKeys,
      };
      try {
        await kvs.set(kvsKeys.frozenReport(frozen.macroId, frozen.id), frozen, { keyPolicy: 'FAIL_IF_EXISTS' });
      } catch (error) {
        if (isKeyConflict(error)) return false;
        throw error;
      }
      // Written after the report, so a listed summary always has its report.
      await kvs.set(kvsKeys.frozenReportSummary(frozen.macroId, frozen.id), summary, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    },
    async list(macroId) {
      const rows = await queryByPrefix(kvsKeys.frozenReportSummaryPrefix(macroId));
      return rows
        .flatMap((row) => {
          const parsed = summarySchema.safeParse(row.value);
          return parsed.success ? [parsed.data] : [];
        })
        .reverse();
    },
    async load(macroId, id) {
      const parsed = frozenSchema.safeParse(upgradeStoredFrozen(await kvs.get(kvsKeys.frozenReport(macroId, id))));
      return parsed.success ? (parsed.data satisfies FrozenReport) : null;
    },
  };
}
