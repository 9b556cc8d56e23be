import type { ChangeControlSummary } from '../../../../src/domain/change-control';

/**
 * The listed uncontrolled slips in one line of words (for a CSV field): each item with the date the approved baseline
 * holds, the date it has now and the days late, then how many more were counted than listed.
 *
 * @example
 * describeSlipsInWords(summary);
 * // => 'CORE-7 (milestone) approved 2026-03-01, now 2026-03-15, 14 days late; and 2 more'
 */
export function describeSlipsInWords(summary: ChangeControlSummary): string {
  const listed = summary.slips.map(
    (slip) =>
      `${slip.itemKey} (${slip.kind}) approved ${slip.approvedDue}, now ${slip.currentDue}, ${slip.daysLate} ${slip.daysLate === 1 ? 'day' : 'days'} late`,
  );
  const unlisted = summary.uncontrolledSlips - summary.slips.length;
  return [...listed, ...(unlisted > 0 ? [`and ${unlisted} more`] : [])].join('; ');
}
