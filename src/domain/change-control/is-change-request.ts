import type { WorkItem } from '../work-item/work-item';
import type { ChangePolicy } from './change-policy';

/**
 * Compiles a change policy into a test of whether an issue is a change request: its issue type or one of its labels
 * is named by the policy, without regard to case.
 *
 * @example
 * const isChange = isChangeRequest(defaultChangePolicy);
 * isChange({ issueType: 'Task', labels: ['Change-Request'] }); // true
 */
export function isChangeRequest(policy: Pick<ChangePolicy, 'issueTypes' | 'labels'>): (item: Pick<WorkItem, 'issueType' | 'labels'>) => boolean {
  const types = new Set(policy.issueTypes.map((name) => name.trim().toLowerCase()));
  const labels = new Set(policy.labels.map((label) => label.trim().toLowerCase()));
  return (item) => types.has(item.issueType.trim().toLowerCase()) || item.labels.some((label) => labels.has(label.toLowerCase()));
}
