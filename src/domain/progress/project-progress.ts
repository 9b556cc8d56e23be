import type { ProgressMeasure } from './progress-measure';

/**
 * Progress of the work in a project, two ways: by the number of work items done, and by their story points. RAID
 * items are not work to deliver and are left out of both (closing a risk is not progress on the scope).
 */
export interface ProjectProgress {
  readonly byCount: ProgressMeasure;
  /** In story points; total 0 (ratio null) when no work item is estimated. */
  readonly byEstimate: ProgressMeasure;
}
