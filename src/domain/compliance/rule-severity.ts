/** How much a broken rule matters; the compliance score weighs each check by its rule's severity. */
export const ruleSeverities = ['info', 'minor', 'major', 'critical'] as const;

export type RuleSeverity = (typeof ruleSeverities)[number];
