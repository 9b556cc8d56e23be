import type { DecidedOutcome } from '../change-control/decided-outcome';
import { defaultChangePolicy } from '../change-control/default-change-policy';
import { isChangeRequest } from '../change-control/is-change-request';
import { changeStateOf } from '../change-control/change-state-of';
import { workflowOutcomeOf } from '../change-control/workflow-outcome-of';
import { makeExactSum } from '../math/exact-sum';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import { parseInstant } from '../time/parse-instant';
import { utcDayOf } from '../time/utc-day-of';
import type { ChangeControlReportInput } from './change-control-report-input';
import { describeChangeEffect } from './describe-change-effect';
import type { ProjectChangeLine, ReportChangeDecision, ReportDecision, ReportPendingChange } from './report-change-control';
import { inWindow, type ReportWindow } from './report-window';
import type { ReportProjectInput } from './status-report-input';

type Recorded = ChangeControlReportInput['decisions'][number];

export interface ProjectChanges {
  readonly line: ProjectChangeLine;
  readonly changes: readonly ReportChangeDecision[];
  readonly pending: readonly ReportPendingChange[];
  readonly decisions: readonly ReportDecision[];
}

const outcomeWords: Readonly<Record<DecidedOutcome, string>> = { approved: 'approved', rejected: 'rejected', deferred: 'deferred' };

function highestVersion(list: readonly Recorded[]): Recorded | null {
  return list.reduce<Recorded | null>((best, recorded) => (best === null || recorded.version > best.version ? recorded : best), null);
}

/**
 * One project's change requests over a report's period. A change request is an item the template's change policy
 * recognises. Its decision in the period is the last one recorded in the app within the period; a change with no
 * decision recorded in the app is decided by the workflow when its status maps to an outcome, taken as made when it
 * was resolved (or last updated) and with no figures, as the stored item holds none. A decision recorded in the app
 * outranks the workflow: it is an explicit act by an allowed person. A change is pending when its standing decision
 * is pending or it has none; its age counts calendar days from the day it was raised to `today`. RAID decisions are
 * the items the RAID mapping classifies as decisions that were resolved in the period, held by their assignee (named
 * from `names` where known).
 *
 * @example
 * summarizeProjectChanges(core, window, day('2026-11-20')).line.decided; // { approved: 1, rejected: 1, deferred: 0 }
 */
export function summarizeProjectChanges(
  project: ReportProjectInput,
  window: ReportWindow,
  today: CalendarDay,
  names: ReadonlyMap<string, string> = new Map(),
): ProjectChanges {
  const input = project.changeControl;
  const policy = input?.policy ?? defaultChangePolicy;
  const isChange = isChangeRequest(policy);
  const workflowOutcome = workflowOutcomeOf(policy);
  // Pending means what it means in the roll-up: no recorded decision and no status the policy maps.
  const stateOf = changeStateOf(
    policy,
    (input?.decisions ?? []).map((recorded) => recorded.decision),
  );
  const classify = makeRaidClassifier(input?.raidMapping ?? defaultRaidMapping);
  const recordedByChange = new Map<string, Recorded[]>();
  for (const recorded of input?.decisions ?? []) {
    recordedByChange.set(recorded.decision.changeKey, [...(recordedByChange.get(recorded.decision.changeKey) ?? []), recorded]);
  }

  const changes: ReportChangeDecision[] = [];
  const pending: ReportPendingChange[] = [];
  for (const item of project.items) {
    if (!isChange(item)) continue;
    const ref = { key: item.key, projectKey: item.projectKey, summary: item.summary };
    const recorded = recordedByChange.get(item.key) ?? [];
    const inPeriod = highestVersion(recorded.filter((r) => r.decision.outcome !== 'pending' && inWindow(r.decision.decidedAt, window)));
    const workflow = recorded.length === 0 ? workflowOutcome(item.statusName) : null;
    const workflowAt = item.resolved ?? item.updated;
    if (inPeriod !== null && inPeriod.decision.outcome !== 'pending') {
      changes.push({
        ...ref,
        outcome: inPeriod.decision.outcome,
        decidedAt: inPeriod.decision.decidedAt,
        decidedBy: inPeriod.deciderName ?? inPeriod.decision.decidedBy,
        source: inPeriod.decision.source,
        reason: inPeriod.decision.reason,
        days: inPeriod.impact.days,
        cost: inPeriod.impact.cost,
      });
    } else if (workflow !== null && inWindow(workflowAt, window)) {
      changes.push({ ...ref, outcome: workflow, decidedAt: workflowAt, decidedBy: null, source: 'workflow', reason: null, days: null, cost: null });
    }
    const waiting = !stateOf(item).decided;
    const created = parseInstant(item.created);
    if (waiting && created !== null) {
      const since = utcDayOf(created);
      pending.push({ ...ref, since, ageDays: Math.max(0, calendarDaysBetween(since, today)) });
    }
  }

  const approvedDays = makeExactSum();
  const approvedCost = makeExactSum();
  const decided: Record<DecidedOutcome, number> = { approved: 0, rejected: 0, deferred: 0 };
  for (const change of changes) {
    decided[change.outcome] += 1;
    if (change.outcome !== 'approved') continue;
    if (change.days !== null && Number.isFinite(change.days)) approvedDays.add(change.days);
    if (change.cost !== null && Number.isFinite(change.cost)) approvedCost.add(change.cost);
  }
  const decisions: ReportDecision[] = changes.map((change) => {
    const effect = change.outcome === 'approved' ? describeChangeEffect(change) : null;
    return {
      key: change.key,
      projectKey: change.projectKey,
      summary: change.summary,
      kind: 'change',
      what: `Change ${outcomeWords[change.outcome]}${change.source === 'workflow' ? ' in the workflow' : ''}${effect === null ? '' : ` (${effect})`}`,
      by: change.decidedBy,
      at: change.decidedAt,
    };
  });
  for (const item of project.items) {
    if (item.resolved === null || classify(item) !== 'decision' || !inWindow(item.resolved, window)) continue;
    decisions.push({
      key: item.key,
      projectKey: item.projectKey,
      summary: item.summary,
      kind: 'raid',
      what: `Decision logged (${item.statusName})`,
      by: item.assigneeId === null ? null : (names.get(item.assigneeId) ?? item.assigneeId),
      at: item.resolved,
    });
  }
  pending.sort((a, b) => b.ageDays - a.ageDays || a.key.localeCompare(b.key));
  const summary = project.current.changeControl;
  const versions = input?.versions ?? [];
  return {
    line: {
      projectKey: project.current.project.key,
      name: project.current.project.name,
      baselineVersion: versions.length === 0 ? null : Math.max(...versions.map((version) => version.version)),
      decided,
      approvedDays: approvedDays.total(),
      approvedCost: approvedCost.total(),
      pending: pending.length,
      oldestPendingDays: pending[0]?.ageDays ?? null,
      uncontrolledSlips: summary === undefined ? null : summary.uncontrolledSlips,
    },
    changes,
    pending,
    decisions,
  };
}
