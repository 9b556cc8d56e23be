import { overrideDayBounds } from './override-day-bounds';
import { overrideExpiryProblem } from './override-expiry-problem';
import { overrideReasonProblem } from './override-reason-problem';
import type { RagOverride } from './rag-override';
import { tidyOverrideReason } from './tidy-override-reason';

/**
 * A new override made ready to keep: the reason tidied and checked, the expiry a real day from today to at most
 * `MAX_OVERRIDE_DAYS` ahead. Throws a RangeError saying what is wrong, in words for the person setting it (the
 * same words the form shows before anything is sent).
 *
 * @example
 * checkRagOverride({ ...draft, reason: '  Vendor date agreed at the steering committee ', expiresOn: '2026-12-15' }, '2026-11-21T10:00:00.000Z').reason;
 * // 'Vendor date agreed at the steering committee'
 */
export function checkRagOverride(draft: RagOverride, now: string): RagOverride {
  const nowMs = Date.parse(now);
  if (!Number.isFinite(nowMs)) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  const reason = tidyOverrideReason(draft.reason);
  const problem = overrideReasonProblem(reason) ?? overrideExpiryProblem(draft.expiresOn, overrideDayBounds(nowMs));
  if (problem !== null) throw new RangeError(problem);
  return { ...draft, reason };
}
