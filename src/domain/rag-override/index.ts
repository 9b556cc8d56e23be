/** Public entry point of the domain's rag-override feature. Colour overrides: manual RAG colours set over the computed ones, with a reason and an expiry. */
export { applyRagOverrides } from './apply-rag-overrides';
export { checkRagOverride } from './check-rag-override';
export { isOverrideActive } from './is-override-active';
export { overrideDayBounds } from './override-day-bounds';
export type { OverrideDayBounds } from './override-day-bounds';
export { overrideExpiryProblem } from './override-expiry-problem';
export { MAX_OVERRIDE_DAYS, MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON } from './override-limits';
export { overrideReasonProblem } from './override-reason-problem';
export { overrideRags, ragOverrideTargets } from './rag-override';
export type { OverrideRag, RagOverride, RagOverrideTarget } from './rag-override';
export { tidyOverrideReason } from './tidy-override-reason';
