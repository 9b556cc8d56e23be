import type { AggregateProgress } from '../../../../src/domain/progress';
import { formatRatio } from './format-ratio';

/**
 * A program's progress with how it was built: the combined figure (each project by its own measure, weighted by its
 * items), then how many projects were measured by points and how many by count, so a mixed program says so.
 *
 * @example
 * describeCombinedProgress(program.aggregate.progress, 2); // => '50% (2 projects: 1 by points, 1 by count)'
 */
export function describeCombinedProgress(progress: AggregateProgress, projects: number): string {
  const { estimate, count, none } = progress.measuredBy;
  const parts = [
    ...(estimate > 0 ? [`${estimate} by points`] : []),
    ...(count > 0 ? [`${count} by count`] : []),
    ...(none > 0 ? [`${none} with no work items`] : []),
  ];
  const figure = formatRatio(progress.combined.ratio);
  return parts.length === 0 ? figure : `${figure} (${projects} ${projects === 1 ? 'project' : 'projects'}: ${parts.join(', ')})`;
}
