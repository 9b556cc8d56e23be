/** The kinds of step a change ledger reads. */
export const ledgerEntryKinds = ['version', 'change'] as const;

/** A ledger step: an approved version, or the approved change that leads from one version to the next. */
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];
