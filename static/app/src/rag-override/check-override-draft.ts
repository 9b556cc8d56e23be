import type { SetRagOverridePayload } from '../../../../src/contract/rag-override-dto';
import type { OverrideDayBounds } from '../../../../src/domain/rag-override';
import { overrideExpiryProblem } from '../../../../src/domain/rag-override';
import { overrideReasonProblem } from '../../../../src/domain/rag-override';
import type { OverrideRag, RagOverrideTarget } from '../../../../src/domain/rag-override';
import { tidyOverrideReason } from '../../../../src/domain/rag-override';

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
  { readonly ok: true; readonly payload: Omit<SetRagOverridePayload, 'projectKey'> } | { readonly ok: false; readonly problems: OverrideDraftProblems };

/**
 * Checks the form with the app's own checks (the same the server makes) before anything is sent: a colour chosen, a
 * reason of the allowed length once tidied, and a last day within `bounds`. Answers the payload to send (reason
 * tidied), or every problem at once.
 *
 * @example
 * checkOverrideDraft({ target: 'cost', rag: 'amber', reason: ' Vendor credit agreed ', expiresOn: '2026-12-15' }, { min: '2026-11-21', max: '2027-02-19' });
 * // => { ok: true, payload: { target: 'cost', rag: 'amber', reason: 'Vendor credit agreed', expiresOn: '2026-12-15' } }
 */
export function checkOverrideDraft(draft: OverrideDraft, bounds: OverrideDayBounds): OverrideDraftCheck {
  const reason = tidyOverrideReason(draft.reason);
  const problems: OverrideDraftProblems = {};
  const found = {
    rag: draft.rag === null ? 'Choose a colour.' : null,
    reason: overrideReasonProblem(reason),
    expiresOn: draft.expiresOn === '' ? 'Choose the last day the colour applies.' : overrideExpiryProblem(draft.expiresOn, bounds),
  };
  if (found.rag !== null) problems.rag = found.rag;
  if (found.reason !== null) problems.reason = found.reason;
  if (found.expiresOn !== null) problems.expiresOn = found.expiresOn;
  if (draft.rag === null || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, payload: { target: draft.target, rag: draft.rag, reason, expiresOn: draft.expiresOn } };
}
