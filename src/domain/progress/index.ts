/** Public entry point of the domain's progress feature. Progress: how much of a project is done, by estimate or by count. */
export type { AggregateProgress } from './aggregate-progress';
export type { ProjectProgress } from './project-progress';
