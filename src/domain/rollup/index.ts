/** Public entry point of the domain's rollup feature. Roll-ups: one project's figures, and their aggregation over programs and the portfolio. */
export type { AggregateChangeControl } from './aggregate-change-control';
export type { AggregateRollup } from './aggregate-rollup';
export { aggregateRollups } from './aggregate-rollups';
export { computeProjectRollup } from './compute-project-rollup';
export { groupByProgram } from './group-by-program';
export type { ProjectRef } from './project-ref';
export type { ProjectRollup } from './project-rollup';
