/**
 * What the portfolio can be narrowed to by change control: projects with change requests awaiting a decision, and
 * projects with slips past the approved baseline that no approved change covers.
 */
export const changeControlFlags = ['pending-changes', 'uncontrolled-slips'] as const;

/** One change control condition a project may be filtered on. */
export type ChangeControlFlag = (typeof changeControlFlags)[number];
