/** The lengths of period a report may look back over, in days. */
export const reportPeriodDays = [7, 14, 30] as const;

/** How many days a report looks back. */
export type ReportPeriodDays = (typeof reportPeriodDays)[number];
