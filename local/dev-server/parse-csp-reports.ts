import { z } from 'zod';

/** One Content-Security-Policy violation a browser reported, in the same shape whichever reporting API sent it. */
export interface CspViolationReport {
  /** The document whose policy was violated (a surface frame's URL). */
  readonly documentUri: string;
  /** The directive that blocked the resource, e.g. `script-src-elem`. */
  readonly effectiveDirective: string;
  /** What was blocked: a URL, or `inline` / `eval`. */
  readonly blockedUri: string;
  readonly sourceFile: string | null;
  readonly lineNumber: number | null;
  /** The first characters of the blocked inline code, when the policy asks for samples. */
  readonly sample: string;
  /** `enforce` or `report`. */
  readonly disposition: string;
}

/** `report-uri`: one `application/csp-report` object per violation (the directive @forge/csp writes). */
const reportUriSchema = z.object({
  'csp-report': z.object({
    'document-uri': z.string(),
    'violated-directive': z.string(),
    'effective-directive': z.string().optional(),
    'blocked-uri': z.string().default(''),
    'source-file': z.string().optional(),
    'line-number': z.number().optional(),
    'script-sample': z.string().default(''),
    disposition: z.string().default('enforce'),
  }),
});

/** Reporting API (`report-to`): an `application/reports+json` array of reports of several types. */
const reportToSchema = z.array(
  z.object({
    type: z.string(),
    body: z.looseObject({
      documentURL: z.string().optional(),
      effectiveDirective: z.string().optional(),
      blockedURL: z.string().optional(),
      sourceFile: z.string().optional(),
      lineNumber: z.number().optional(),
      sample: z.string().optional(),
      disposition: z.string().optional(),
    }),
  }),
);

/**
 * The violations in a body a browser posted to the report endpoint, from either `report-uri` or `report-to`; null
 * when the body is neither. Reports of other kinds (deprecations, interventions) in a `report-to` batch are skipped.
 *
 * @example
 * parseCspReports('{"csp-report":{"document-uri":"http://127.0.0.1:3000/surface/pmo-portfolio","violated-directive":"script-src-elem","blocked-uri":"inline"}}');
 * // => [{ documentUri: 'http://127.0.0.1:3000/surface/pmo-portfolio', effectiveDirective: 'script-src-elem', blockedUri: 'inline', sourceFile: null, lineNumber: null, sample: '', disposition: 'enforce' }]
 */
export function parseCspReports(body: string): CspViolationReport[] | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const single = reportUriSchema.safeParse(json);
  if (single.success) {
    const report = single.data['csp-report'];
    return [
      {
        documentUri: report['document-uri'],
        effectiveDirective: report['effective-directive'] ?? report['violated-directive'],
        blockedUri: report['blocked-uri'],
        sourceFile: report['source-file'] ?? null,
        lineNumber: report['line-number'] ?? null,
        sample: report['script-sample'],
        disposition: report.disposition,
      },
    ];
  }
  const batch = reportToSchema.safeParse(json);
  if (!batch.success) return null;
  return batch.data
    .filter((report) => report.type === 'csp-violation')
    .map(({ body: report }) => ({
      documentUri: report.documentURL ?? '',
      effectiveDirective: report.effectiveDirective ?? '',
      blockedUri: report.blockedURL ?? '',
      sourceFile: report.sourceFile ?? null,
      lineNumber: report.lineNumber ?? null,
      sample: report.sample ?? '',
      disposition: report.disposition ?? 'enforce',
    }));
}
