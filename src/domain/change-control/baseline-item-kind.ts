/** The kinds of work item whose due dates an approved baseline holds. */
export const baselineItemKinds = ['milestone', 'gate', 'epic'] as const;

/** A baselined item's kind: a milestone, a phase gate or an epic. */
export type BaselineItemKind = (typeof baselineItemKinds)[number];
