import type { StatusMove } from '../../ports/status-move';

/**
 * The latest move of an issue into the status it is in now (names compared without regard to case or surrounding
 * space), or null when its changelog holds none (an issue created in that status, or a status renamed since).
 *
 * @example
 * lastMoveInto(moves, 'ALPHA-13', 'Approved')?.by; // 'pm', who moved ALPHA-13 into Approved last
 */
export function lastMoveInto(moves: readonly StatusMove[], issueKey: string, statusName: string): StatusMove | null {
  const wanted = statusName.trim().toLowerCase();
  let last: StatusMove | null = null;
  for (const move of moves) {
    if (move.issueKey !== issueKey || move.to.trim().toLowerCase() !== wanted) continue;
    if (last === null || move.at >= last.at) last = move;
  }
  return last;
}
