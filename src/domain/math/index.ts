/** Public entry point of the domain's math helpers: exact, JSON-safe sums and ratios. */
export { clampFraction } from './clamp-fraction';
export { makeExactSum } from './exact-sum';
export type { ExactSum } from './exact-sum';
export { safeDivide } from './safe-divide';
export { usableAmount } from './usable-amount';
