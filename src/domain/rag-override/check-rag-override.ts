import type { RagOverride } from './rag-override';

/** The longest an override may last: a manual colour must be looked at again within a quarter. */
export const MAX_OVERRIDE_DAYS = 90;
/** A reason shorter than this does not say why. */
export const MIN_OVERRIDE_REASON = 10;
export const MAX_OVERRIDE_REASON = 500;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * A new override made ready to keep: the reason tidied and checked, the expiry a real day from today to at most
 * `MAX_OVERRIDE_DAYS` ahead. Throws a RangeError saying what is wrong, in words for the person setting it.
 *
 * @example
 * checkRagOverride({ ...draft, reason: '  Vendor date agreed at the steering committee ', expiresOn: '2026-12-15' }, '2026-11-21T10:00:00.000Z').reason;
 * // 'Vendor date agreed at the steering committee'
 */
export function checkRagOverride(draft: RagOverride, now: string): RagOverride {
  const nowMs = Date.parse(now);
  if (!Number.isFinite(nowMs)) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  const reason = draft.reason.trim().replace(/\s+/gu, ' ');
  if (reason.length < MIN_OVERRIDE_REASON) throw new RangeError(`Say why the colour is set by hand: at least ${String(MIN_OVERRIDE_REASON)} characters.`);
  if (reason.length > MAX_OVERRIDE_REASON) throw new RangeError(`The reason is at most ${String(MAX_OVERRIDE_REASON)} characters; this one has ${String(reason.length)}.`);
  const expiresMs = Date.parse(`${draft.expiresOn}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.expiresOn) || !Number.isFinite(expiresMs) || day(expiresMs) !== draft.expiresOn) {
    throw new RangeError(`The expiry must be a calendar date such as 2026-12-15, not "${draft.expiresOn}".`);
  }
  const today = day(nowMs);
  const latest = day(nowMs + MAX_OVERRIDE_DAYS * 86_400_000);
  if (draft.expiresOn < today) throw new RangeError(`The expiry ${draft.expiresOn} has passed; choose today (${today}) or later.`);
  if (draft.expiresOn > latest) throw new RangeError(`An override lasts at most ${String(MAX_OVERRIDE_DAYS)} days: choose ${latest} or earlier.`);
  return { ...draft, reason };
}
