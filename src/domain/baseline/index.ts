/** Public entry point of the domain's baseline feature. Baselines: named copies of roll-ups a steering committee compares against. */
export { baselineId, baselineIdPattern } from './baseline-id';
export { baselineNameKey } from './baseline-name-key';
export type { Baseline, BaselineSummary } from './baseline';
export { dayAfter } from './day-after';
export { takeBaseline } from './take-baseline';
export { MAX_BASELINE_NAME_LENGTH } from './tidy-baseline-name';
