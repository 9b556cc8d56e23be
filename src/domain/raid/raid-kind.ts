/**
 * The kinds of RAID log entry, in the order the log is read: risks, assumptions, issues, dependencies, and decisions,
 * kept apart from dependencies so the decision log reads only what was decided.
 */
export const raidKinds = ['risk', 'assumption', 'issue', 'dependency', 'decision'] as const;

/** A RAID log entry's kind: risk, assumption, issue, dependency or decision. */
export type RaidKind = (typeof raidKinds)[number];
