/**
 * Public entry point of the domain's capacity feature: what each program can deliver per quarter against what its
 * work and the proposals under consideration ask of it. Quarters (`2027-Q1`) are branded strings made by
 * `parseQuarter` and `quarterOf`; demand is spread over quarters by calendar days (`spreadDemand`,
 * `proposalDemand`), rated per program and quarter (`capacityHeatMap`), and tried out with proposals ticked in and
 * out (`whatIf`, `overloadOf`). Amounts keep their fractions; `formatLoad` and `formatAmount` round for display only.
 */
export type { CapacityBands } from './capacity-bands';
export { capacityBandsProblem } from './capacity-bands-problem';
export { capacityBandsSchema } from './capacity-bands-schema';
export { capacityHeatMap } from './capacity-heat-map';
export type { CapacityProposal } from './capacity-proposal';
export { capacityUnits } from './capacity-unit';
export type { CapacityUnit } from './capacity-unit';
export type { CellChange } from './cell-change';
export { defaultCapacityBands } from './default-capacity-bands';
export type { DemandSpread } from './demand-spread';
export { formatAmount } from './format-amount';
export { formatLoad } from './format-load';
export type { HeatMap } from './heat-map';
export type { HeatMapCell } from './heat-map-cell';
export type { HeatMapRow } from './heat-map-row';
export { nextQuarter } from './next-quarter';
export { overloadOf } from './overload-of';
export type { OverloadedQuarter } from './overloaded-quarter';
export { parseQuarter } from './parse-quarter';
export { programCapacitiesSchema } from './program-capacities-schema';
export type { ProgramCapacity } from './program-capacity';
export { programCapacitySchema } from './program-capacity-schema';
export type { ProgramDemand } from './program-demand';
export type { ProgramQuarter } from './program-quarter';
export { proposalDemand } from './proposal-demand';
export type { ProposalOverload } from './proposal-overload';
export type { ProposalRun } from './proposal-run';
export type { Quarter } from './quarter';
export type { QuarterAmounts } from './quarter-amounts';
export { quarterOf } from './quarter-of';
export { quarterSpan } from './quarter-span';
export { quartersBetween } from './quarters-between';
export { remainingEstimate } from './remaining-estimate';
export { spreadDemand } from './spread-demand';
export { whatIf } from './what-if';
export type { WhatIfOutcome } from './what-if-outcome';
