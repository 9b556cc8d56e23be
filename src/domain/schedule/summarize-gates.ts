import type { WorkItem } from '../work-item/work-item';
import type { GateSummary } from './gate-summary';
import { isGate } from './is-gate';

/**
 * Counts a project's phase gates and those passed (a gate is passed when its issue is in a done status).
 *
 * @example
 * summarizeGates([passedGate, openGate, story]); // { total: 2, passed: 1 }
 */
export function summarizeGates(items: readonly WorkItem[]): GateSummary {
  let total = 0;
  let passed = 0;
  for (const item of items) {
    if (isGate(item)) {
      total += 1;
      if (item.statusCategory === 'done') {
        passed += 1;
      }
    }
  }
  return { total, passed };
}
