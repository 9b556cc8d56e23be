import type { WorkItem } from '../work-item/work-item';

/**
 * Whether a work item is a phase gate: issue type "Gate" or the label `gate` (either case).
 *
 * @example
 * isGate({ ...item, issueType: 'Gate' }); // true
 * isGate({ ...item, labels: ['gate'] });  // true
 */
export function isGate(item: Pick<WorkItem, 'issueType' | 'labels'>): boolean {
  return item.issueType.toLowerCase() === 'gate' || item.labels.some((label) => label.toLowerCase() === 'gate');
}
