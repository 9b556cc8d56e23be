import type { WorkItem } from '../work-item/work-item';

/**
 * Whether a work item is a milestone: issue type "Milestone" or the label `milestone` (either case).
 *
 * @example
 * isMilestone({ ...item, issueType: 'Milestone' }); // true
 * isMilestone({ ...item, labels: ['Milestone'] });   // true
 */
export function isMilestone(item: Pick<WorkItem, 'issueType' | 'labels'>): boolean {
  return item.issueType.toLowerCase() === 'milestone' || item.labels.some((label) => label.toLowerCase() === 'milestone');
}
