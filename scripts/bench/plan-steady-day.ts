import { mulberry32 } from '../../local/jira-fake/mulberry32';

/** One change of a simulated day: an edit or a deletion of the site's issue at `index`, `atMs` into the day. */
export interface SteadyDayChange {
  readonly atMs: number;
  readonly kind: 'edit' | 'delete';
  readonly index: number;
}

export interface SteadyDayShares {
  /** Edits as a share of the site's issues; an issue may be edited more than once, and each edit counts. */
  readonly editShare: number;
  /** Deletions as a share of the site's issues, each a different issue. */
  readonly deleteShare: number;
  readonly dayMs: number;
  readonly seed: number;
}

const defaults: SteadyDayShares = { editShare: 0.02, deleteShare: 0.001, dayMs: 86_400_000, seed: 20_261_201 };

/**
 * Plans one ordinary day of a site of `issueCount` issues: 2 % of its issue count in edits (drawn with replacement,
 * so a busy issue is edited again) and 0.1 % deletions (distinct issues, never edited that day, so no edit follows a
 * deletion), shuffled and spread evenly over the day. The same seed gives the same day.
 *
 * @example
 * planSteadyDay(1000).filter((change) => change.kind === 'edit').length; // 20
 * planSteadyDay(1000).filter((change) => change.kind === 'delete').length; // 1
 */
export function planSteadyDay(issueCount: number, shares: Partial<SteadyDayShares> = {}): SteadyDayChange[] {
  const { editShare, deleteShare, dayMs, seed } = { ...defaults, ...shares };
  const random = mulberry32(seed);
  const pick = (): number => Math.floor(random() * issueCount);
  const deleteCount = Math.min(issueCount, Math.round(issueCount * deleteShare));
  const deleted = new Set<number>();
  while (deleted.size < deleteCount) deleted.add(pick());
  const editCount = deleted.size === issueCount ? 0 : Math.round(issueCount * editShare);
  const edits: number[] = [];
  while (edits.length < editCount) {
    const index = pick();
    if (!deleted.has(index)) edits.push(index);
  }
  const changes: { kind: 'edit' | 'delete'; index: number }[] = [
    ...edits.map((index) => ({ kind: 'edit' as const, index })),
    ...[...deleted].map((index) => ({ kind: 'delete' as const, index })),
  ];
  for (let i = changes.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = changes[i];
    const b = changes[j];
    if (a !== undefined && b !== undefined) [changes[i], changes[j]] = [b, a];
  }
  return changes.map((change, i) => ({ ...change, atMs: Math.floor(((i + 0.5) * dayMs) / changes.length) }));
}
