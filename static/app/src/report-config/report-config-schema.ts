// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';

export const reportScopes = ['portfolio', 'programs', 'projects'] as const;
export const reportPeriods = ['7d', '14d', '30d'] as const;
export const reportSections = ['rag', 'progress', 'milestones', 'risks', 'compliance', 'earned-value', 'trends'] as const;

export type ReportScope = (typeof reportScopes)[number];
export type ReportPeriod = (typeof reportPeriods)[number];
export type ReportSection = (typeof reportSections)[number];

/** The executive status report macro's settings, as saved with `view.submit` and read back from `extension.config`. */
export const reportConfigSchema = z.object({
  scope: z.enum(reportScopes),
  period: z.enum(reportPeriods),
  sections: z.pipe(
    z.array(z.enum(reportSections)).check(z.minLength(1, 'Choose at least one section.')),
    // Stored in the canonical order without repeats, so two equal choices always save the same config.
    z.transform((chosen: ReportSection[]): ReportSection[] => reportSections.filter((section) => chosen.includes(section))),
  ),
});

export type ReportConfig = z.infer<typeof reportConfigSchema>;

/** What a newly inserted macro starts with: the whole portfolio, the last two weeks, every section. */
export const defaultReportConfig: ReportConfig = { scope: 'portfolio', period: '14d', sections: [...reportSections] };
