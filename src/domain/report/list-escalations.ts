import type { WorkItem } from '../work-item/work-item';
import type { Escalation } from './status-report';

/** The label that asks for a steering decision. */
export const ESCALATION_LABEL = 'escalate';

/**
 * Decisions and escalations needed: unfinished items labelled `escalate` (any case) or flagged in Jira (an
 * impediment), by key.
 *
 * @example
 * listEscalations([alpha9, beta8]).map((e) => e.key); // ['ALPHA-9', 'BETA-8']
 */
export function listEscalations(items: readonly WorkItem[]): Escalation[] {
  return items
    .flatMap((item) => {
      const labelled = item.labels.some((label) => label.toLowerCase() === ESCALATION_LABEL);
      const { flagged } = item;
      if (item.statusCategory === 'done' || (!labelled && !flagged)) return [];
      return [{ key: item.key, projectKey: item.projectKey, summary: item.summary, flagged, labelled, statusName: item.statusName, priority: item.priority }];
    })
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}
