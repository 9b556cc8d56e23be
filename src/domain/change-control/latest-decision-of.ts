import type { IssueKey } from '../ids/issue-key';
import type { ChangeDecision } from './change-decision';

/**
 * The decision that stands for a change request: its latest. At the same instant a decision recorded in the app
 * outranks one read from the workflow, because the app's is an explicit act by an allowed person; beyond that the
 * later one in the list wins.
 *
 * @returns the standing decision, or null when the change has none.
 * @example
 * latestDecisionOf('CR-12', [deferredOnMonday, approvedOnFriday]); // approvedOnFriday
 */
export function latestDecisionOf(changeKey: IssueKey, decisions: readonly ChangeDecision[]): ChangeDecision | null {
  let latest: ChangeDecision | null = null;
  for (const decision of decisions) {
    if (decision.changeKey !== changeKey) continue;
    if (
      latest === null ||
      decision.decidedAt > latest.decidedAt ||
      (decision.decidedAt === latest.decidedAt && !(latest.source === 'app' && decision.source === 'workflow'))
    ) {
      latest = decision;
    }
  }
  return latest;
}
