import { addCalendarDays } from '../time/add-calendar-days';
import type { ApplyChangeResult } from './apply-change-result';
import type { ApprovedBaseline } from './approved-baseline';
import type { BaselineItem } from './baseline-item';
import type { ChangeDecision } from './change-decision';
import type { ChangeRefusal } from './change-refusal';
import type { ChangeRequest } from './change-request';

function refuse(refusal: ChangeRefusal, message: string): ApplyChangeResult {
  return { ok: false, refusal, message };
}

/** Adds an impact to an approved amount; an unknown amount stays unknown, since nothing was approved to add to. */
function grown(amount: number | null, by: number | null): number | null {
  return amount === null || by === null ? amount : amount + by;
}

function firstRefusal(baseline: ApprovedBaseline, change: ChangeRequest, decision: ChangeDecision): ApplyChangeResult | null {
  const { days, cost, scope } = change.impact;
  if (decision.changeKey !== change.key) return refuse('other-change', `The decision is for ${decision.changeKey}, not ${change.key}.`);
  if (decision.outcome !== 'approved') return refuse('not-approved', `${change.key} is ${decision.outcome}, not approved, so it moves nothing.`);
  if (change.projectKey !== baseline.projectKey) return refuse('other-project', `${change.key} belongs to ${change.projectKey}, not ${baseline.projectKey}.`);
  if (baseline.changeKey === change.key)
    return refuse('already-applied', `Version ${String(baseline.version)} of ${baseline.projectKey} is already the one ${change.key} made.`);
  for (const [name, value] of [
    ['days', days],
    ['cost', cost],
    ['scope', scope],
  ] as const) {
    if (value !== null && !Number.isFinite(value)) return refuse('impact-not-finite', `The ${name} impact of ${change.key} is not a number: ${String(value)}.`);
  }
  if (days !== null && !Number.isInteger(days)) return refuse('days-not-whole', `Dates move by whole days; ${change.key} says ${String(days)}.`);
  return null;
}

/**
 * The next version of an approved baseline once `change` is approved: each item the change names moves its due date
 * by the impact's calendar days, the budget at completion grows by its cost and the scope by its scope impact (an
 * impact left null changes nothing; an amount the baseline does not know stays unknown). The baseline given is not
 * touched; the new version is frozen and records who approved it and when.
 *
 * @returns the new version and any named keys the baseline does not hold, or a refusal with its reason: the decision
 *   is not an approval of this change, the change is for another project or already applied, an impact is not
 *   finite, its days are not whole, it names nothing the baseline holds, or a result would be out of range.
 * @example
 * const result = applyApprovedChange(v1, cr12, { changeKey: 'CR-12', outcome: 'approved', ... });
 * if (result.ok) result.baseline.version; // 2, with CORE-7 due 14 days later and the budget 20,000 higher
 */
export function applyApprovedChange(baseline: ApprovedBaseline, change: ChangeRequest, decision: ChangeDecision): ApplyChangeResult {
  const refusal = firstRefusal(baseline, change, decision);
  if (refusal !== null) return refusal;
  const named = new Set<string>(change.itemKeys);
  const held = new Set(baseline.items.map((item) => item.key));
  if (!baseline.items.some((item) => named.has(item.key))) {
    return refuse(
      'names-nothing-held',
      `${change.key} names no milestone, gate or epic that version ${String(baseline.version)} of ${baseline.projectKey} holds.`,
    );
  }
  const days = change.impact.days ?? 0;
  const budgetAtCompletion = grown(baseline.budgetAtCompletion, change.impact.cost);
  const scope = grown(baseline.scope, change.impact.scope);
  const usable = (amount: number | null): boolean => amount === null || (Number.isFinite(amount) && amount >= 0);
  if (!usable(budgetAtCompletion) || !usable(scope)) {
    return refuse('out-of-range', `${change.key} would take the approved budget or scope below zero or past any finite number.`);
  }
  let items: BaselineItem[];
  try {
    items = baseline.items.map((item) => (named.has(item.key) && days !== 0 ? Object.freeze({ ...item, due: addCalendarDays(item.due, days) }) : item));
  } catch (error: unknown) {
    if (!(error instanceof RangeError)) throw error;
    return refuse('out-of-range', `${change.key} would move a date out of range: ${error.message}`);
  }
  const next: ApprovedBaseline = Object.freeze({
    projectKey: baseline.projectKey,
    version: baseline.version + 1,
    approvedAt: decision.decidedAt,
    approvedBy: decision.decidedBy,
    changeKey: change.key,
    items: Object.freeze(items),
    budgetAtCompletion,
    scope,
  });
  const ignoredKeys = [...new Set(change.itemKeys)].filter((key) => !held.has(key));
  return { ok: true, baseline: next, ignoredKeys };
}
