import type { IssueKey } from '../ids/issue-key';
import { parseInstant } from '../time/parse-instant';
import type { WorkItem } from '../work-item/work-item';
import type { ChangeDecision } from './change-decision';
import type { ChangePolicy } from './change-policy';
import type { ChangeState } from './change-state';
import { latestDecisionOf } from './latest-decision-of';
import { workflowOutcomeOf } from './workflow-outcome-of';

/**
 * Compiles a change policy and the recorded decisions into a test of where a change request stands. A standing
 * decision recorded in the app (other than `pending`) decides it, being an explicit act by an allowed person;
 * otherwise a workflow status the policy maps to an outcome does, dated by the issue's resolution when it has one.
 * Anything else is pending.
 *
 * @example
 * const stateOf = changeStateOf(defaultChangePolicy, [approvedCr12]);
 * stateOf(cr12);                              // { decided: true, outcome: 'approved', decidedAt: '2026-03-12T09:00:00.000Z' }
 * stateOf({ ...cr13, statusName: 'Rejected' }); // { decided: true, outcome: 'rejected', decidedAt: null }
 * stateOf(cr14);                              // { decided: false }
 */
export function changeStateOf(
  policy: Pick<ChangePolicy, 'statusDecisions'>,
  decisions: readonly ChangeDecision[],
): (item: Pick<WorkItem, 'key' | 'statusName' | 'resolved'>) => ChangeState {
  const outcomeOfStatus = workflowOutcomeOf(policy);
  const byChange = new Map<IssueKey, ChangeDecision[]>();
  for (const decision of decisions) {
    const held = byChange.get(decision.changeKey);
    if (held === undefined) byChange.set(decision.changeKey, [decision]);
    else held.push(decision);
  }
  const recorded = new Map<IssueKey, ChangeDecision | null>([...byChange].map(([key, held]) => [key, latestDecisionOf(key, held)]));
  return (item) => {
    const standing = recorded.get(item.key) ?? null;
    if (standing !== null && standing.outcome !== 'pending') {
      return { decided: true, outcome: standing.outcome, decidedAt: standing.decidedAt };
    }
    const outcome = outcomeOfStatus(item.statusName);
    if (outcome === null) return { decided: false };
    return { decided: true, outcome, decidedAt: item.resolved === null ? null : parseInstant(item.resolved) };
  };
}
