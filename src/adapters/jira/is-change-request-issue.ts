import type { WorkItem } from '../../domain/work-item/work-item';

const changeTypes = new Set(['change request', 'change']);

/**
 * Whether an issue is a change request: issue type "Change Request" or "Change", or the label `change-request`
 * (either case), as RAID items are recognised.
 *
 * @example
 * isChangeRequestIssue({ issueType: 'Task', labels: ['change-request'] }); // true
 */
export function isChangeRequestIssue(item: Pick<WorkItem, 'issueType' | 'labels'>): boolean {
  return changeTypes.has(item.issueType.trim().toLowerCase()) || item.labels.some((label) => label.toLowerCase() === 'change-request');
}
