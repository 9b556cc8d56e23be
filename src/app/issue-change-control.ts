import type { IssueBaselineDto, IssueChangeDto } from '../contract/issue-change-dto';
import type { ChangeControlRecords } from '../domain/change-control/change-control-records';
import type { ChangePolicy } from '../domain/change-control/change-policy';
import { isChangeRequest } from '../domain/change-control/is-change-request';
import { workflowOutcomeOf } from '../domain/change-control/workflow-outcome-of';
import { calendarDaysBetween } from '../domain/time/calendar-days-between';
import { writtenDayOf } from '../domain/time/written-day-of';
import type { WorkItem } from '../domain/work-item/work-item';
import type { ApprovedBaselineStore } from '../ports/approved-baseline-store';
import type { ChangeDecisionStore } from '../ports/change-decision-store';
import { standingDecisions } from './change-control/standing-decisions';

/** The stores the issue panel reads change control from: storage only, no Jira request. */
export interface IssueChangeControlPorts {
  readonly decisions: Pick<ChangeDecisionStore, 'listDecisions'>;
  readonly baselines: Pick<ApprovedBaselineStore, 'listVersions'>;
}

function linkedEitherWay(a: WorkItem, b: WorkItem): boolean {
  return a.links.some((link) => link.otherKey === b.key) || b.links.some((link) => link.otherKey === a.key);
}

/**
 * The change requests that touch an issue (the issue itself when it is one, and those linked to it among the
 * issues the panel already read as the viewer) with their standing decisions, and where the issue stands against its
 * project's current approved baseline. Change requests are recognised by the project template's change policy; a
 * status the policy maps decides a change the app has no later decision on. `records` (the current approved version and
 * the recorded decisions) let the compliance rules on change control judge the issue.
 */
export async function issueChangeControl(
  ports: IssueChangeControlPorts,
  item: WorkItem,
  neighbours: readonly WorkItem[],
  policy: ChangePolicy,
): Promise<{ readonly changes: readonly IssueChangeDto[]; readonly approvedBaseline: IssueBaselineDto | null; readonly records: ChangeControlRecords }> {
  const isChange = isChangeRequest(policy);
  const outcomeOfStatus = workflowOutcomeOf(policy);
  const touching = [
    ...(isChange(item) ? [{ change: item, relation: 'self' as const }] : []),
    ...neighbours
      .filter((other) => other.key !== item.key && isChange(other) && linkedEitherWay(item, other))
      .map((change) => ({ change, relation: 'linked' as const })),
  ];
  const [decisions, versions] = await Promise.all([ports.decisions.listDecisions(item.projectKey), ports.baselines.listVersions(item.projectKey)]);
  const standing = standingDecisions(decisions);

  const changes = touching.map(({ change, relation }): IssueChangeDto => {
    const recorded = standing.get(change.key);
    const common = { key: change.key, summary: change.summary, statusName: change.statusName, relation };
    if (recorded !== undefined) {
      const { decision } = recorded;
      return {
        ...common,
        outcome: decision.outcome,
        source: decision.source,
        decidedAt: decision.decidedAt,
        deciderName: recorded.deciderName,
        reason: decision.reason,
      };
    }
    const byWorkflow = outcomeOfStatus(change.statusName);
    return { ...common, outcome: byWorkflow ?? 'pending', source: byWorkflow === null ? null : 'workflow', decidedAt: null, deciderName: null, reason: null };
  });

  const current = versions.reduce<(typeof versions)[number] | null>(
    (latest, version) => (latest === null || version.version > latest.version ? version : latest),
    null,
  );
  const held = current?.items.find((baselined) => baselined.key === item.key) ?? null;
  let approvedBaseline: IssueBaselineDto | null = null;
  if (current !== null && held !== null) {
    const currentDue = writtenDayOf(item.due);
    approvedBaseline = {
      version: current.version,
      approvedDue: held.due,
      currentDue,
      daysBeyond: currentDue === null ? null : calendarDaysBetween(held.due, currentDue),
    };
  }
  return { changes, approvedBaseline, records: { current, decisions: decisions.map((recorded) => recorded.decision) } };
}
