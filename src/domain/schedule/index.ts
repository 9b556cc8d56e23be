/** Public entry point of the domain's schedule feature. Schedule: milestones and gates. */
export { isGate } from './is-gate';
export { isMilestone } from './is-milestone';
export type { NextMilestone } from './milestone-summary';
