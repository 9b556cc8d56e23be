/** The criteria WSJF needs, one criterion each, in the order its breakdown writes them (job size last, as divisor). */
export const wsjfRoles = ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const;

/**
 * What a WSJF criterion stands for: business value, time criticality and risk reduction / opportunity enablement add
 * up to the cost of delay; job size divides it.
 */
export type WsjfRole = (typeof wsjfRoles)[number];
