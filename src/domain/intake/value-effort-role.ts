/** The criteria a value/effort model needs, one criterion each: value, divided by effort. */
export const valueEffortRoles = ['value', 'effort'] as const;

/** What a value/effort criterion stands for. */
export type ValueEffortRole = (typeof valueEffortRoles)[number];
