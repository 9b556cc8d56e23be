/** The summaries of the demo's change requests the app's seeded decisions name (see draftChangeControl). */
export const demoChangeSummaries = {
  approved: 'Extend the data migration rehearsal by two weeks',
  rejected: 'Add a second parallel run before cut-over',
  deferred: 'Move the interest calculation rework to phase two',
  pending: 'Add open-banking consent screens to the migration scope',
} as const;
