import type { ChangePolicy } from './change-policy';
import type { DecidedOutcome } from './decided-outcome';

/**
 * Compiles a change policy's status mapping into a lookup: the decision a workflow status carries, or null for a
 * status that carries none (the change waits for a decision in the app).
 *
 * @example
 * workflowOutcomeOf(defaultChangePolicy)('approved'); // 'approved'
 * workflowOutcomeOf(defaultChangePolicy)('In Review'); // null
 */
export function workflowOutcomeOf(policy: Pick<ChangePolicy, 'statusDecisions'>): (statusName: string) => DecidedOutcome | null {
  const byStatus = new Map<string, DecidedOutcome>();
  // The first mapping of a status wins, as the admin page lists them.
  for (const { status, outcome } of [...policy.statusDecisions].reverse()) byStatus.set(status.trim().toLowerCase(), outcome);
  return (statusName) => byStatus.get(statusName.trim().toLowerCase()) ?? null;
}
