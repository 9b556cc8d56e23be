import type { Random } from './create-random';
import { dayMs } from './format-jira-date';
import type { DraftDueMove, DraftTransition, IssueDraft } from './issue-draft';

const minuteMs = 60_000;
const hourMs = 3_600_000;

/**
 * Writes a draft's history: the status transitions that led to its status (ending at its resolution when done), its
 * due-date moves, and an `updated` no earlier than any of them and no later than now. Stale work was last touched
 * 31-60 days ago; other open work within the last ten days.
 * @example
 * settleDraftTimeline(draft, now, rand); // draft.transitions, draft.dueMoves and draft.updated are set
 */
export function settleDraftTimeline(draft: IssueDraft, now: number, rand: Random): void {
  const { created } = draft;
  const between = (from: number, to: number, lo: number, hi: number): number => from + Math.floor((to - from) * (lo + rand.next() * (hi - lo)));
  const transitions: DraftTransition[] = [];
  const move = (at: number, from: DraftTransition['from'], to: DraftTransition['to']): void => {
    transitions.push({ at, from, to, resolution: null });
  };
  let updated = created;
  switch (draft.status) {
    case 'Done': {
      const resolved = draft.resolved ?? now - 5 * minuteMs;
      const started = between(created, resolved, 0.05, 0.5);
      move(started, 'To Do', 'In Progress');
      if (rand.chance(0.5)) {
        move(between(started, resolved, 0.4, 0.9), 'In Progress', 'In Review');
        transitions.push({ at: resolved, from: 'In Review', to: 'Done', resolution: draft.resolution ?? 'Done' });
      } else {
        transitions.push({ at: resolved, from: 'In Progress', to: 'Done', resolution: draft.resolution ?? 'Done' });
      }
      updated = resolved + Math.floor(Math.min(now - resolved, 2 * dayMs) * rand.next());
      break;
    }
    case 'In Progress':
    case 'In Review': {
      if (draft.stale) {
        updated = Math.max(created + hourMs, now - rand.int(31, 60) * dayMs - rand.int(0, 600) * minuteMs);
      } else {
        const lo = Math.max(created, now - 10 * dayMs);
        updated = lo + Math.floor((now - minuteMs - lo) * rand.next());
      }
      const started = draft.stale ? updated : between(created, updated, 0.1, draft.status === 'In Review' ? 0.6 : 1);
      move(started, 'To Do', 'In Progress');
      if (draft.status === 'In Review') move(between(started, updated, 0.5, 1), 'In Progress', 'In Review');
      break;
    }
    case 'To Do':
      updated = created + Math.floor((now - minuteMs - created) * rand.next() ** 2);
      break;
  }
  draft.transitions = transitions;
  draft.dueMoves = dueMoves(draft, updated, now, rand);
  const latest = Math.max(updated, ...transitions.map((t) => t.at), ...draft.dueMoves.map((m) => m.at));
  draft.updated = Math.min(Math.max(latest, created), now);
}

function dueMoves(draft: IssueDraft, updated: number, now: number, rand: Random): DraftDueMove[] {
  const count = draft.dueMoveCount;
  if (count === 0 || draft.dueDay === null) return [];
  // Recent moves fall in the last two weeks; others before the work was resolved (or last touched).
  const lo = draft.recentDueMoves ? Math.max(draft.created + minuteMs, now - 13 * dayMs) : draft.created + hourMs;
  const hi = draft.recentDueMoves ? now - hourMs : Math.min(draft.resolved ?? updated, updated);
  if (hi <= lo) return [];
  const times = Array.from({ length: count }, (_, k) => lo + Math.floor(((hi - lo) * (k + 0.2 + rand.next() * 0.6)) / count));
  const moves: DraftDueMove[] = [];
  let toDay = draft.dueDay;
  for (let k = count - 1; k >= 0; k -= 1) {
    const slip = rand.chance(0.8) ? rand.int(3, 21) : -rand.int(2, 7);
    const fromDay = toDay - slip;
    moves.unshift({ at: times[k] ?? hi, fromDay, toDay });
    toDay = fromDay;
  }
  return moves;
}
