import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import type { ApprovedBaseline } from './approved-baseline';
import type { ChangeRequest } from './change-request';
import { formatSignedAmount } from './format-signed-amount';
import type { LedgerEntry } from './ledger-entry';

type ChangeEntry = Extract<LedgerEntry, { kind: 'change' }>;
type Move = ChangeEntry['moves'][number];
type AmountChange = ChangeEntry['budget'];

function listed(keys: readonly IssueKey[]): string {
  return keys.length <= 1 ? keys.join('') : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1] ?? ''}`;
}

function amountChange(from: number | null, to: number | null): AmountChange {
  return from === to ? null : { from, to };
}

function amountPhrase(change: AmountChange, noun: string): string | null {
  if (change === null) return null;
  if (change.from === null || change.to === null)
    return `${noun} ${change.to === null ? 'no longer set' : `set to ${formatSignedAmount(change.to).replace(/^\+/u, '')}`}`;
  const difference = formatSignedAmount(change.to - change.from);
  return difference === '0' ? null : `${difference} ${noun}`;
}

function movesBetween(previous: ApprovedBaseline, next: ApprovedBaseline): Move[] {
  const before = new Map<string, CalendarDay>(previous.items.map((item) => [item.key, item.due]));
  const moves: Move[] = [];
  for (const item of next.items) {
    const from = before.get(item.key);
    if (from !== undefined && from !== item.due) moves.push({ itemKey: item.key, from, to: item.due, days: calendarDaysBetween(from, item.due) });
  }
  return moves;
}

/** "+14 days on CORE-7 and CORE-8": moves by the same number of days share one phrase, in the order first seen. */
function dayPhrases(moves: readonly Move[]): string[] {
  const byDays = new Map<number, IssueKey[]>();
  for (const move of moves) byDays.set(move.days, [...(byDays.get(move.days) ?? []), move.itemKey]);
  return [...byDays].map(([days, keys]) => `${days > 0 ? '+' : ''}${String(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} on ${listed(keys)}`);
}

function changeEntry(previous: ApprovedBaseline, next: ApprovedBaseline, changeKey: IssueKey, summaries: ReadonlyMap<string, string>): ChangeEntry {
  const moves = movesBetween(previous, next);
  const budget = amountChange(previous.budgetAtCompletion, next.budgetAtCompletion);
  const scope = amountChange(previous.scope, next.scope);
  const parts = [...dayPhrases(moves), amountPhrase(budget, 'budget'), amountPhrase(scope, 'scope')].filter((part): part is string => part !== null);
  return {
    kind: 'change',
    changeKey,
    summary: summaries.get(changeKey) ?? null,
    moves,
    budget,
    scope,
    label: `${changeKey} (${parts.length === 0 ? 'no change to the plan' : parts.join(', ')})`,
  };
}

/**
 * A project's change ledger: each approved version in order, and between two versions the change that made the
 * later one, described by what actually moved between them (dates, budget, scope) and titled from `changes`. The
 * labels joined with ` -> ` read as the ledger does on the project page.
 *
 * @throws RangeError when the versions belong to more than one project.
 * @example
 * describeLedger([v1, v2], [cr12]).map((entry) => entry.label).join(' -> ');
 * // 'v1 -> CR-12 (+14 days on CORE-7, +20,000 budget) -> v2'
 */
export function describeLedger(versions: readonly ApprovedBaseline[], changes: readonly ChangeRequest[]): readonly LedgerEntry[] {
  const projects = new Set(versions.map((version) => version.projectKey));
  if (projects.size > 1) throw new RangeError(`A ledger is one project's; these versions belong to ${[...projects].join(', ')}.`);
  const byNumber = new Map<number, ApprovedBaseline>();
  for (const version of versions) if (!byNumber.has(version.version)) byNumber.set(version.version, version);
  const ordered = [...byNumber.values()].sort((a, b) => a.version - b.version);
  const summaries = new Map<string, string>();
  for (const change of changes) if (!summaries.has(change.key)) summaries.set(change.key, change.summary);
  const entries: LedgerEntry[] = [];
  let previous: ApprovedBaseline | null = null;
  for (const version of ordered) {
    if (previous !== null && version.changeKey !== null) entries.push(changeEntry(previous, version, version.changeKey, summaries));
    entries.push({
      kind: 'version',
      version: version.version,
      approvedAt: version.approvedAt,
      approvedBy: version.approvedBy,
      label: `v${String(version.version)}`,
    });
    previous = version;
  }
  return entries;
}
