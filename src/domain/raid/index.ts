/** Public entry point of the domain's raid feature. RAID: classification of work items as risks, assumptions, issues and dependencies, and risk scoring. */
export { classifyRaid } from './classify-raid';
export { defaultRaidMapping } from './default-raid-mapping';
export { defaultRiskBands } from './default-risk-bands';
export { DEFAULT_RAID_REVIEW_DAYS, isStaleRaid } from './is-stale-raid';
export { makeRaidClassifier } from './make-raid-classifier';
export { placeOnMatrix } from './place-on-matrix';
export { raidKinds } from './raid-kind';
export type { RaidKind } from './raid-kind';
export { raidReviewDays } from './raid-review-days';
export { relateRaidItems } from './relate-raid-items';
export type { RaidRelation } from './related-raid-item';
export { residualRisk } from './residual-risk';
export type { RiskBands } from './risk-bands';
export type { MatrixColour } from './risk-matrix';
export { riskSeverities } from './risk-severity';
export type { RiskSeverity } from './risk-severity';
export { severityOf } from './severity-of';
