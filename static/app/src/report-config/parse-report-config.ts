import { reportConfigSchema, type ReportConfig } from './report-config-schema';

/**
 * Reads a macro's saved settings; null when the macro was never configured or its settings no longer fit the schema.
 *
 * @example
 * parseReportConfig({ scope: 'programs', period: '7d', sections: ['risks', 'rag'] });
 * // => { scope: 'programs', period: '7d', sections: ['rag', 'risks'] }
 * parseReportConfig(undefined); // => null
 */
export function parseReportConfig(raw: unknown): ReportConfig | null {
  const parsed = reportConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
