/**
 * Public entry point of the domain's change-control feature: approved baselines per project, change requests that
 * move them, the ledger of versions, pending changes, and every slip past the approved plan that no approval covers.
 */
export { applyApprovedChange } from './apply-approved-change';
export type { ApplyChangeResult } from './apply-change-result';
export type { ApprovedBaseline } from './approved-baseline';
export type { BaselineItem } from './baseline-item';
export { baselineItemKinds } from './baseline-item-kind';
export type { BaselineItemKind } from './baseline-item-kind';
export { baselineItemKindOf } from './baseline-item-kind-of';
export type { ChangeDecision } from './change-decision';
export type { ChangeControlInputs } from './change-control-inputs';
export type { ChangeControlRecords } from './change-control-records';
export type { ChangeControlSummary, SummarizedSlip } from './change-control-summary';
export type { ChangeImpact } from './change-impact';
export type { ChangePolicy, StatusDecision } from './change-policy';
export { changeOutcomes, decidedOutcomes } from './change-outcome';
export type { ChangeOutcome } from './change-outcome';
export { changeRefusals } from './change-refusal';
export type { ChangeRefusal } from './change-refusal';
export type { ChangeRequest } from './change-request';
export type { ChangeState } from './change-state';
export { changeStateOf } from './change-state-of';
export type { CurrentPlan } from './current-plan';
export { currentPlanOf } from './current-plan-of';
export type { DecidedOutcome } from './decided-outcome';
export { decisionSources } from './decision-source';
export { defaultChangePolicy } from './default-change-policy';
export type { DecisionSource } from './decision-source';
export { describeLedger } from './describe-ledger';
export type { DueDateMove } from './due-date-move';
export { findUncontrolledSlips } from './find-uncontrolled-slips';
export { formatSignedAmount } from './format-signed-amount';
export { isChangeRequest } from './is-change-request';
export type { GrowthBeyondBaseline } from './growth-beyond-baseline';
export { latestDecisionOf } from './latest-decision-of';
export type { LedgerEntry } from './ledger-entry';
export { ledgerEntryKinds } from './ledger-entry-kind';
export type { LedgerEntryKind } from './ledger-entry-kind';
export type { PendingChange } from './pending-change';
export { pendingChanges } from './pending-changes';
export { summarizeChangeControl } from './summarize-change-control';
export { takeApprovedBaseline } from './take-approved-baseline';
export type { UncontrolledChange } from './uncontrolled-change';
export type { UncontrolledSlip } from './uncontrolled-slip';
export { workflowOutcomeOf } from './workflow-outcome-of';
