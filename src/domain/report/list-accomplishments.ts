import { isMilestone } from '../schedule/is-milestone';
import type { WorkItem } from '../work-item/work-item';
import { inWindow, type ReportWindow } from './report-window';
import type { Accomplishment } from './status-report';

/**
 * What was finished in the period: items resolved (done) within it, milestones marked, oldest first. Sub-tasks are
 * left out: they are steps of a story, not something to report to a steering committee.
 *
 * @example
 * listAccomplishments([alpha3], window); // [{ key: 'ALPHA-3', resolved: '2026-11-01T16:00:00.000+0000', milestone: false, ... }]
 */
export function listAccomplishments(items: readonly WorkItem[], window: ReportWindow): Accomplishment[] {
  return items
    .filter((item) => item.statusCategory === 'done' && item.hierarchyLevel >= 0 && inWindow(item.resolved, window))
    .map((item) => ({
      key: item.key,
      projectKey: item.projectKey,
      summary: item.summary,
      resolved: item.resolved ?? '',
      issueType: item.issueType,
      milestone: isMilestone(item),
    }))
    .sort((a, b) => Date.parse(a.resolved) - Date.parse(b.resolved) || a.key.localeCompare(b.key));
}
