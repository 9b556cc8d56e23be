import type { WorkItem } from '../../domain/work-item/work-item';
import type { IntakeSettings } from '../../ports/intake-settings';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an issue of an intake project is a proposal: its type is one the settings name, or it carries one of their labels. */
export function isProposal(item: Pick<WorkItem, 'issueType' | 'labels'>, settings: Pick<IntakeSettings, 'issueTypes' | 'labels'>): boolean {
  return settings.issueTypes.some((type) => same(type, item.issueType)) || item.labels.some((label) => settings.labels.some((wanted) => same(wanted, label)));
}
