import type { ChangeControlSummary } from '../../../../src/domain/change-control';
import type { ChangeControlFlag } from './change-control-flag';

const holds: Readonly<Record<ChangeControlFlag, (summary: ChangeControlSummary) => boolean>> = {
  'pending-changes': (summary) => summary.pending > 0,
  // Slips are counted only against an approved baseline; without one the count is 0 by construction, not by control.
  'uncontrolled-slips': (summary) => summary.baselineVersion !== null && summary.uncontrolledSlips > 0,
};

/**
 * Whether a project's change control shows the condition. A project whose change control is not computed yet (null)
 * shows none: the filter keeps only what the page can show as a count.
 *
 * @example
 * hasChangeControlFlag({ ...summary, pending: 2 }, 'pending-changes'); // => true
 * hasChangeControlFlag(null, 'uncontrolled-slips'); // => false
 */
export function hasChangeControlFlag(summary: ChangeControlSummary | null, flag: ChangeControlFlag): boolean {
  return summary !== null && holds[flag](summary);
}
