import { applyApprovedChange } from '../../domain/change-control/apply-approved-change';
import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import type { ChangeDecision } from '../../domain/change-control/change-decision';
import type { ChangePolicy } from '../../domain/change-control/change-policy';
import { isChangeRequest } from '../../domain/change-control/is-change-request';
import { workflowOutcomeOf } from '../../domain/change-control/workflow-outcome-of';
import type { AccountId } from '../../domain/ids/account-id';
import { compareIssueKeys } from '../../domain/ids/compare-issue-keys';
import type { ProjectKey } from '../../domain/ids/project-key';
import type { Instant } from '../../domain/time/instant';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { ApprovedBaselineStore } from '../../ports/approved-baseline-store';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import type { ProjectIssue } from '../../ports/project-issue';
import type { RecordedDecision } from '../../ports/recorded-decision';
import type { TemplateStore } from '../../ports/template-store';
import type { WorkflowDecisionJira } from '../../ports/workflow-decision-jira';
import { lastMoveInto } from './last-move-into';
import { standingDecisions } from './standing-decisions';
import { workflowOutcomeStanding } from './workflow-outcome-standing';
import { writeDecision } from './write-decision';

/** What recording the workflow's decisions needs: Jira as the app, the decision and baseline stores, the audit log. */
export interface RecordWorkflowDecisionsPorts {
  readonly jira: WorkflowDecisionJira;
  readonly decisions: ChangeDecisionStore;
  readonly baselines: ApprovedBaselineStore;
  readonly audit: Pick<TemplateStore, 'appendAudit'>;
  readonly newId: () => string;
  readonly now: () => Date;
}

interface Move {
  readonly item: WorkItem;
  readonly standing: RecordedDecision | null;
  readonly decision: ChangeDecision;
  readonly deciderName: string | null;
}

const noImpact = { days: null, cost: null, scope: null } as const;

/**
 * Records the decisions a project's Jira workflow has taken: each change request (by the change policy) in a status
 * the policy maps to an outcome, whose standing recorded decision is absent, or of another outcome and taken before the
 * move into that status, gets a decision from source `workflow` by whoever moved it there, at that moment ("Moved to
 * Approved in Jira"). An approval moves the current approved baseline as one decided in the app does (its impact read
 * from Jira's impact fields), making a new version; an approval the baseline cannot take (no baseline yet, or it names
 * nothing the baseline holds) is recorded without moving it. Each is audited under its mover. A decision or version
 * someone wrote at the same moment skips that change, which the next run sees again. A change with no recorded move
 * into its status (created there) is left to the app. When nothing is to be recorded no Jira request is made.
 *
 * @returns the current approved version and each change request's standing decision once recorded, in issue-key order.
 */
export async function recordWorkflowDecisions(
  ports: RecordWorkflowDecisionsPorts,
  input: { readonly projectKey: ProjectKey; readonly issues: readonly ProjectIssue[]; readonly policy: ChangePolicy },
): Promise<{ readonly current: ApprovedBaseline | null; readonly decisions: readonly ChangeDecision[] }> {
  const { projectKey } = input;
  const isChange = isChangeRequest(input.policy);
  const outcomeOf = workflowOutcomeOf(input.policy);
  const [versions, recorded] = await Promise.all([ports.baselines.listVersions(projectKey), ports.decisions.listDecisions(projectKey)]);
  let current = [...versions].sort((a, b) => a.version - b.version).at(-1) ?? null;
  const standing = new Map(standingDecisions(recorded));

  // Only a mapped status that no recorded decision already agrees with can need recording, and only those are asked of Jira.
  const candidates = new Map<string, WorkItem>();
  for (const { issueId, item } of input.issues) {
    const mapped = isChange(item) ? outcomeOf(item.statusName) : null;
    if (mapped !== null && standing.get(item.key)?.decision.outcome !== mapped) candidates.set(issueId, item);
  }
  const moves: Move[] = [];
  if (candidates.size > 0) {
    const statusMoves = await ports.jira.statusMoves(new Map([...candidates].map(([issueId, item]) => [issueId, item.key])));
    for (const item of candidates.values()) {
      const move = lastMoveInto(statusMoves, item.key, item.statusName);
      const held = standing.get(item.key) ?? null;
      const outcome = workflowOutcomeStanding(outcomeOf(item.statusName), held?.decision ?? null, move?.at ?? null);
      if (move === null || move.by === null || outcome === null) continue;
      const decision = decisionOf(item, outcome, move.at, move.by);
      moves.push({ item, standing: held, decision, deciderName: move.byName });
    }
  }
  moves.sort((a, b) => (a.decision.decidedAt < b.decision.decidedAt ? -1 : a.decision.decidedAt > b.decision.decidedAt ? 1 : 0));

  const approvals = current === null ? [] : moves.filter((move) => move.decision.outcome === 'approved').map((move) => move.item);
  const changes = new Map((await ports.jira.changeRequests(approvals)).map((change) => [change.key, change]));
  for (const { item, standing: held, decision, deciderName } of moves) {
    const change = changes.get(item.key);
    const applied = current !== null && change !== undefined ? applyApprovedChange(current, change, decision) : null;
    const next = applied?.ok === true ? applied.baseline : null;
    const note =
      decision.outcome !== 'approved' ? undefined : current === null ? 'no approved baseline to move yet' : applied?.ok === false ? applied.message : undefined;
    const entry: RecordedDecision = {
      version: (held?.version ?? 0) + 1,
      decision,
      impact: change?.impact ?? noImpact,
      deciderName,
      baselineVersion: next?.version ?? null,
    };
    const audit = { templates: ports.audit, newId: ports.newId, now: ports.now, actor: decision.decidedBy, actorName: () => Promise.resolve(deciderName) };
    const written = await writeDecision({ ...ports, audit }, { projectKey, standing: held, recorded: entry, next, ...(note === undefined ? {} : { note }) });
    if (written !== 'recorded') continue;
    standing.set(item.key, entry);
    if (next !== null) current = next;
  }
  const decisions = [...standing.values()].map((entry) => entry.decision).sort((a, b) => compareIssueKeys(a.changeKey, b.changeKey));
  return { current, decisions };
}

function decisionOf(item: WorkItem, outcome: ChangeDecision['outcome'], at: Instant, by: AccountId): ChangeDecision {
  return { changeKey: item.key, outcome, decidedAt: at, decidedBy: by, reason: `Moved to ${item.statusName} in Jira`, source: 'workflow' };
}
