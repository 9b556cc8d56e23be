import type { ApprovalCheckDto } from '../../contract/approval-check-dto';
import { loadPercent } from './load-percent';

/**
 * Why an approval over capacity is refused until confirmed, naming each quarter it overloads and its load before and
 * after.
 *
 * @example
 * overloadRefusal('INT-3', over);
 * // 'Approving INT-3 takes Core Platforms over capacity in 2026-Q4 (92% -> 108%). Confirm the overload to approve.'
 */
export function overloadRefusal(proposalKey: string, check: Extract<ApprovalCheckDto, { kind: 'over' }>): string {
  const quarters = check.over.map(({ quarter, before, after }) => `${quarter} (${loadPercent(before)} -> ${loadPercent(after)})`);
  const named = quarters.length > 1 ? `${quarters.slice(0, -1).join(', ')} and ${quarters.at(-1) ?? ''}` : (quarters[0] ?? '');
  return `Approving ${proposalKey} takes ${check.program} over capacity in ${named}. Confirm the overload to approve.`;
}
