import type { ChangeControlDto } from '../../contract/change-control-dto';
import { describeLedger } from '../../domain/change-control/describe-ledger';
import { findUncontrolledSlips } from '../../domain/change-control/find-uncontrolled-slips';
import { pendingChanges } from '../../domain/change-control/pending-changes';
import type { ProjectKey } from '../../domain/ids/project-key';
import { instantOf } from '../../domain/time/instant-of';
import { utcDayOf } from '../../domain/time/utc-day-of';
import { writtenDayOf } from '../../domain/time/written-day-of';
import type { ChangeControlDeps } from './change-control-deps';
import { peopleNamed } from './people-named';
import { readProjectState } from './read-project-state';
import { standingDecisions } from './standing-decisions';
import { standingWorkflowOutcomes } from './standing-workflow-outcomes';
import { toChangeDecisionDto } from './to-change-decision-dto';

/**
 * A project's change control as the viewer may see it: the approved baseline (original and current) and its ledger,
 * the change requests with their standing decisions (recorded, or carried by a workflow status the template maps), those still pending with their age, and every slip past the
 * current approved version that no approval covers, named with the changelog move that made it. The changelog is
 * read only for baselined items now due later than approved. A project the viewer may not browse is NOT_FOUND.
 */
export async function loadChangeControl(deps: ChangeControlDeps, projectKey: ProjectKey): Promise<ChangeControlDto> {
  const asOf = instantOf(deps.now());
  const state = await readProjectState(deps, projectKey);
  const canDecide = await deps.jira.mayAdministerProject(state.project.key);
  const current = state.versions.at(-1) ?? null;
  const standing = standingDecisions(state.decisions);
  const byWorkflow = await standingWorkflowOutcomes(deps.jira, state);

  let uncontrolled: ChangeControlDto['uncontrolled'] = null;
  let moverNames: ReadonlyMap<string, string> = new Map();
  if (current !== null) {
    const approvedDue = new Map<string, string>(current.items.map((item) => [item.key, item.due]));
    const slipped = new Map<string, string>();
    for (const { issueId, item } of state.read.issues) {
      const approved = approvedDue.get(item.key);
      const due = writtenDayOf(item.due);
      if (approved !== undefined && due !== null && due > approved) slipped.set(issueId, item.key);
    }
    const read = await deps.jira.dueDateMoves(slipped);
    moverNames = read.names;
    uncontrolled = findUncontrolledSlips(current, state.plan, read.moves);
  }

  return {
    project: state.project,
    asOf,
    canDecide,
    baseline: current,
    original: state.versions[0] ?? null,
    ledger: describeLedger(state.versions, state.read.changes),
    changes: state.read.changes.map((change) => {
      const decision = standing.get(change.key) ?? null;
      return {
        key: change.key,
        summary: change.summary,
        itemKeys: change.itemKeys,
        impact: change.impact,
        created: change.created,
        decision: decision === null ? null : toChangeDecisionDto(decision),
        decisionVersion: decision?.version ?? 0,
        workflowOutcome: byWorkflow.get(change.key) ?? null,
      };
    }),
    pending: pendingChanges(
      // A change the workflow has decided is not pending, though its decision may not be recorded yet.
      state.read.changes.filter((change) => !byWorkflow.has(change.key)),
      [...standing.values()].map((recorded) => recorded.decision),
      utcDayOf(asOf),
    ).map((pending) => ({
      key: pending.change.key,
      summary: pending.change.summary,
      since: pending.since,
      ageDays: pending.ageDays,
    })),
    uncontrolled,
    people: peopleNamed(state.decisions, moverNames),
    decisions: [...state.decisions]
      .sort((a, b) => (a.decision.decidedAt < b.decision.decidedAt ? 1 : a.decision.decidedAt > b.decision.decidedAt ? -1 : b.version - a.version))
      .map(toChangeDecisionDto),
    jiraRequests: deps.jira.requestCount(),
  };
}
