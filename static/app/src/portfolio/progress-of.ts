import type { ProjectProgress } from '../../../../src/domain/progress';

/**
 * The progress figure a project is judged by: story points where any work item is estimated, else item count, the
 * same choice the daily history makes.
 *
 * @example
 * progressOf({ byCount: { done: 1, total: 2, ratio: 0.5 }, byEstimate: { done: 0, total: 0, ratio: null } }); // => 0.5
 */
export function progressOf(progress: ProjectProgress): number | null {
  return progress.byEstimate.total > 0 ? progress.byEstimate.ratio : progress.byCount.ratio;
}
