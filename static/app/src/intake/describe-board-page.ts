import type { IntakeBoardPageDto } from '../../../../src/contract/intake-board-page-dto';

const count = (n: number): string => n.toLocaleString('en-GB');
const proposals = (n: number): string => (n === 1 ? 'proposal' : 'proposals');

/**
 * What part of the board a page shows, in words: which of the matching proposals, and how many the board holds.
 *
 * @example
 * describeBoardPage({ offset: 100, limit: 100, matching: 240, total: 5013 }, 100);
 * // 'Showing 101–200 of 240 matching proposals (5,013 in all).'
 */
export function describeBoardPage(page: IntakeBoardPageDto, shown: number): string {
  const all = page.matching === page.total ? '' : ` (${count(page.total)} in all)`;
  if (shown === 0) return page.matching === 0 ? `No proposal matches${all}.` : `No more proposals: ${count(page.matching)} match${all}.`;
  if (shown === page.matching) return `Showing all ${count(shown)} matching ${proposals(shown)}${all}.`;
  return `Showing ${count(page.offset + 1)}–${count(page.offset + shown)} of ${count(page.matching)} matching ${proposals(page.matching)}${all}.`;
}
