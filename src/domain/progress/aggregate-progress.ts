import type { ProgressMeasure } from './progress-measure';
import type { ProjectProgress } from './project-progress';

/**
 * Progress of a program or the portfolio. `byCount` and `byEstimate` are sums over every project, kept for whoever
 * reads one measure across projects; `combined` is the figure to show, and it counts every project.
 *
 * `combined` is the mean of the projects' own progress fractions weighted by their work item counts: each project is
 * measured the way it measures itself (by story points when any work item is estimated, else by item count), and
 * stands for as many items as it holds. Its `done` is in item-equivalents (a 10-item project at 30% by points adds
 * 3), its `total` is the summed item count, so aggregates of aggregates add them and divide again. Summing points
 * alone would drop every count-only project, and points of different teams are not one currency anyway.
 *
 * `measuredBy` says how many projects were measured each way, so a reader can be told how the figure was built;
 * `none` are projects with no work items, which carry no weight.
 */
export interface AggregateProgress extends ProjectProgress {
  readonly combined: ProgressMeasure;
  readonly measuredBy: { readonly estimate: number; readonly count: number; readonly none: number };
}
