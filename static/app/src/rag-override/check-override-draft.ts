import type { SetRagOverridePayload } from '../../../../src/contract/rag-override-dto';
import { MAX_OVERRIDE_DAYS, MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON } from '../../../../src/domain/rag-override/check-rag-override';
import type { OverrideRag, RagOverrideTarget } from '../../../../src/domain/rag-override/rag-override';
import type { OverrideDayBounds } from './override-day-bounds';

/** The "Set a colour by hand" form as typed: nothing chosen yet is null or empty. */
export interface OverrideDraft {
  readonly target: RagOverrideTarget;
  readonly rag: OverrideRag | null;
  readonly reason: string;
  readonly expiresOn: string;
}

/** What is wrong with a draft, per field, in words for the person filling it in. */
export type OverrideDraftProblems = Partial<Record<'rag' | 'reason' | 'expiresOn', string>>;

export type OverrideDraftCheck =
  | { readonly ok: true; readonly payload: Omit<SetRagOverridePayload, 'projectKey'> }
  | { readonly ok: false; readonly problems: OverrideDraftProblems };

/** The reason as the app keeps it: runs of white space as one space, none at the ends. */
export const tidyOverrideReason = (reason: string): string => reason.trim().replace(/\s+/gu, ' ');

function reasonProblem(reason: string): string | undefined {
  if (reason.length < MIN_OVERRIDE_REASON) return `Say why the colour is set by hand: at least ${String(MIN_OVERRIDE_REASON)} characters.`;
  if (reason.length > MAX_OVERRIDE_REASON) return `The reason is at most ${String(MAX_OVERRIDE_REASON)} characters; this one has ${String(reason.length)}.`;
  return undefined;
}

function dayProblem(day: string, bounds: OverrideDayBounds): string | undefined {
  if (day === '') return 'Choose the last day the colour applies.';
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day) || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return `Give the last day as a calendar date such as ${bounds.max}.`;
  if (day < bounds.min) return `${day} has passed; choose today (${bounds.min}) or later.`;
  if (day > bounds.max) return `An override lasts at most ${String(MAX_OVERRIDE_DAYS)} days: choose ${bounds.max} or earlier.`;
  return undefined;
}

/**
 * Checks the form with the app's own limits before anything is sent: a colour chosen, a reason of
 * `MIN_OVERRIDE_REASON`..`MAX_OVERRIDE_REASON` characters once tidied, and a last day within `bounds`. Answers the
 * payload to send (reason tidied), or every problem at once.
 *
 * @example
 * checkOverrideDraft({ target: 'cost', rag: 'amber', reason: ' Vendor credit agreed ', expiresOn: '2026-12-15' }, { min: '2026-11-21', max: '2027-02-19' });
 * // => { ok: true, payload: { target: 'cost', rag: 'amber', reason: 'Vendor credit agreed', expiresOn: '2026-12-15' } }
 */
export function checkOverrideDraft(draft: OverrideDraft, bounds: OverrideDayBounds): OverrideDraftCheck {
  const reason = tidyOverrideReason(draft.reason);
  const problems: OverrideDraftProblems = {};
  const found = { rag: draft.rag === null ? 'Choose a colour.' : undefined, reason: reasonProblem(reason), expiresOn: dayProblem(draft.expiresOn, bounds) };
  if (found.rag !== undefined) problems.rag = found.rag;
  if (found.reason !== undefined) problems.reason = found.reason;
  if (found.expiresOn !== undefined) problems.expiresOn = found.expiresOn;
  if (draft.rag === null || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, payload: { target: draft.target, rag: draft.rag, reason, expiresOn: draft.expiresOn } };
}
