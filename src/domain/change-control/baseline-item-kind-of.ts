import { isGate } from '../schedule/is-gate';
import { isMilestone } from '../schedule/is-milestone';
import type { WorkItem } from '../work-item/work-item';
import type { BaselineItemKind } from './baseline-item-kind';

/** Jira's hierarchy level of epics. */
const epicLevel = 1;

/**
 * The kind an approved baseline holds a work item as, or null when it holds no date for it. A milestone or gate
 * that is also an epic counts as the milestone or gate, the commitment a board approves.
 *
 * @example
 * baselineItemKindOf({ issueType: 'Milestone', labels: [], hierarchyLevel: 0 }); // 'milestone'
 * baselineItemKindOf({ issueType: 'Epic', labels: ['gate'], hierarchyLevel: 1 }); // 'gate'
 * baselineItemKindOf({ issueType: 'Story', labels: [], hierarchyLevel: 0 });    // null
 */
export function baselineItemKindOf(item: Pick<WorkItem, 'issueType' | 'labels' | 'hierarchyLevel'>): BaselineItemKind | null {
  if (isMilestone(item)) return 'milestone';
  if (isGate(item)) return 'gate';
  if (item.hierarchyLevel === epicLevel || item.issueType.toLowerCase() === 'epic') return 'epic';
  return null;
}
