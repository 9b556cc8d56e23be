import type { DecidedOutcome } from '../../domain/change-control/decided-outcome';
import { workflowOutcomeOf } from '../../domain/change-control/workflow-outcome-of';
import type { ChangeControlJira } from '../../ports/change-control-jira';
import { lastMoveInto } from './last-move-into';
import type { ProjectState } from './project-state';
import { standingDecisions } from './standing-decisions';
import { workflowOutcomeStanding } from './workflow-outcome-standing';

/**
 * The change requests the Jira workflow has decided, by key: those in a status the change policy maps to an outcome
 * with no decision recorded after the move into it that says otherwise. The changelog is read (one bulk request) only
 * for changes whose recorded decision differs from their status's outcome, where the move's time settles which stands.
 */
export async function standingWorkflowOutcomes(
  jira: Pick<ChangeControlJira, 'statusMoves'>,
  state: ProjectState,
): Promise<ReadonlyMap<string, DecidedOutcome>> {
  const outcomeOf = workflowOutcomeOf(state.policy);
  const standing = standingDecisions(state.decisions);
  const changeKeys = new Set<string>(state.read.changes.map((change) => change.key));
  const decided = new Map<string, DecidedOutcome>();
  const disputed = new Map<string, { readonly key: string; readonly status: string; readonly mapped: DecidedOutcome }>();
  for (const { issueId, item } of state.read.issues) {
    const mapped = changeKeys.has(item.key) ? outcomeOf(item.statusName) : null;
    if (mapped === null) continue;
    const held = standing.get(item.key)?.decision ?? null;
    if (held === null || held.outcome === mapped) decided.set(item.key, mapped);
    else disputed.set(issueId, { key: item.key, status: item.statusName, mapped });
  }
  if (disputed.size === 0) return decided;
  const moves = await jira.statusMoves(new Map([...disputed].map(([issueId, { key }]) => [issueId, key])));
  for (const { key, status, mapped } of disputed.values()) {
    const outcome = workflowOutcomeStanding(mapped, standing.get(key)?.decision ?? null, lastMoveInto(moves, key, status)?.at ?? null);
    if (outcome !== null) decided.set(key, outcome);
  }
  return decided;
}
