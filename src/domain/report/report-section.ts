/** The sections of a status report, in the order it is read. */
export const reportSectionNames = [
  'headline',
  'summary',
  'accomplishments',
  'slipped',
  'uncontrolled',
  'variance',
  'changes',
  'decisions',
  'upcoming',
  'risks',
  'dependencies',
  'compliance',
  'escalations',
  'trends',
  'intake',
] as const;

/** One section a report may include. */
export type ReportSectionName = (typeof reportSectionNames)[number];
