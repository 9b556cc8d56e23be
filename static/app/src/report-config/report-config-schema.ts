// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';
import { reportSectionNames, type ReportSectionName } from '../../../../src/domain/report';

export const reportScopes = ['portfolio', 'programs', 'projects'] as const;
/** The fixed look-backs, and `baseline`: since the baseline the config names. */
export const reportPeriods = ['7d', '14d', '30d', 'baseline'] as const;
export const reportSections = reportSectionNames;

export type ReportScope = (typeof reportScopes)[number];
export type ReportPeriod = (typeof reportPeriods)[number];
export type ReportSection = ReportSectionName;

const names = z._default(z.array(z.string().check(z.minLength(1))), []);
const nonEmpty = z.string().check(z.minLength(1));

/** The executive status report macro's settings, as saved with `view.submit` and read back from `extension.config`. */
export const reportConfigSchema = z
  .object({
    scope: z.enum(reportScopes),
    /** The programs (Jira project categories) reported on when the scope is `programs`. */
    programs: names,
    /** The project keys reported on when the scope is `projects`. */
    projects: names,
    period: z.enum(reportPeriods),
    /** The baseline a `baseline` period starts at. */
    baselineId: z.optional(nonEmpty),
    /** Its name when the config was saved, to show the editor should the baseline since have been deleted. */
    baselineName: z.optional(nonEmpty),
    sections: z.pipe(
      z.array(z.enum(reportSections)).check(z.minLength(1, 'Choose at least one section.')),
      // Stored in the canonical order without repeats, so two equal choices always save the same config.
      z.transform((chosen: ReportSection[]): ReportSection[] => reportSections.filter((section) => chosen.includes(section))),
    ),
  })
  .check(
    z.refine((config) => config.scope !== 'programs' || config.programs.length > 0, { message: 'Choose at least one program.', path: ['programs'] }),
    z.refine((config) => config.scope !== 'projects' || config.projects.length > 0, { message: 'Choose at least one project.', path: ['projects'] }),
    z.refine((config) => config.period !== 'baseline' || (config.baselineId !== undefined && config.baselineName !== undefined), {
      message: 'Choose a baseline.',
      path: ['period'],
    }),
  );

export type ReportConfig = z.infer<typeof reportConfigSchema>;

/** What a newly inserted macro starts with: the whole portfolio, the last two weeks, every section. */
export const defaultReportConfig: ReportConfig = { scope: 'portfolio', programs: [], projects: [], period: '14d', sections: [...reportSections] };
