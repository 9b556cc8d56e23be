import type { ChangeDecision } from '../../domain/change-control/change-decision';
import type { DecidedOutcome } from '../../domain/change-control/decided-outcome';
import type { Instant } from '../../domain/time/instant';

/**
 * The decision a change request's workflow status carries, when it stands: the change policy maps the status to an
 * outcome, and no recorded decision says otherwise after the change moved into that status. A recorded decision of the
 * same outcome agrees with it; one of another outcome stands unless it was taken before the move (at the same instant
 * the recorded one stands, as an explicit act). Where the move's time is unknown, a recorded decision stands.
 *
 * @returns the workflow's outcome, or null when the status carries none or a recorded decision stands over it.
 * @example
 * workflowOutcomeStanding('approved', null, null); // 'approved'
 * workflowOutcomeStanding('approved', rejectedOnMonday, '2026-11-17T10:00:00.000Z'); // 'approved' (moved on Tuesday)
 * workflowOutcomeStanding('approved', rejectedOnWednesday, '2026-11-17T10:00:00.000Z'); // null
 */
export function workflowOutcomeStanding(
  mapped: DecidedOutcome | null,
  standing: Pick<ChangeDecision, 'outcome' | 'decidedAt'> | null,
  movedAt: Instant | null,
): DecidedOutcome | null {
  if (mapped === null) return null;
  if (standing === null || standing.outcome === mapped) return mapped;
  return movedAt !== null && standing.decidedAt < movedAt ? mapped : null;
}
