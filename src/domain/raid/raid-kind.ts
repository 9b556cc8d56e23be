/** The four kinds of RAID log entry, in the order the log is read. */
export const raidKinds = ['risk', 'assumption', 'issue', 'dependency'] as const;

/** A RAID log entry's kind: risk, assumption, issue or dependency. */
export type RaidKind = (typeof raidKinds)[number];
