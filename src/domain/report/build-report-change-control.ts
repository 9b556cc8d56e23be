import type { DecidedOutcome } from '../change-control/decided-outcome';
import { makeExactSum } from '../math/exact-sum';
import type { CalendarDay } from '../time/calendar-day';
import { listBaselineVariance } from './list-baseline-variance';
import type { ProjectChangeLine, ReportChangeControl, ReportUncontrolledSlip } from './report-change-control';
import type { ReportWindow } from './report-window';
import type { ReportProjectInput } from './status-report-input';
import { summarizeProjectChanges } from './summarize-project-changes';

const latestFirst =
  <T extends { readonly key: string }>(at: (value: T) => string) =>
  (a: T, b: T): number =>
    Date.parse(at(b)) - Date.parse(at(a)) || a.key.localeCompare(b.key);

/**
 * A report's change control over its projects (already limited to those the viewer may see, in key order): per
 * project and in total, the change requests decided in the period with their effect, those pending with the oldest
 * age, the decisions made, the uncontrolled slips the roll-ups hold (a roll-up that has not computed them is listed
 * as such, never counted as zero), and variance against the original and the current approved baseline.
 *
 * @example
 * const control = buildReportChangeControl([core], window, day('2026-11-20'));
 * control.total.decided; // { approved: 1, rejected: 1, deferred: 0 }
 * control.slipsNotComputed; // [] when every roll-up computed its slips
 */
export function buildReportChangeControl(
  projects: readonly ReportProjectInput[],
  window: ReportWindow,
  today: CalendarDay,
  people: readonly { readonly accountId: string; readonly displayName: string }[] = [],
): ReportChangeControl {
  const names = new Map<string, string>(people.map((person) => [person.accountId, person.displayName]));
  const summaries = projects.map((project) => summarizeProjectChanges(project, window, today, names));
  const lines = summaries.map((summary) => summary.line);
  const days = makeExactSum();
  const cost = makeExactSum();
  const decided: Record<DecidedOutcome, number> = { approved: 0, rejected: 0, deferred: 0 };
  let uncontrolled: number | null = null;
  for (const line of lines) {
    days.add(line.approvedDays);
    cost.add(line.approvedCost);
    decided.approved += line.decided.approved;
    decided.rejected += line.decided.rejected;
    decided.deferred += line.decided.deferred;
    if (line.uncontrolledSlips !== null) uncontrolled = (uncontrolled ?? 0) + line.uncontrolledSlips;
  }
  const pending = summaries.flatMap((summary) => summary.pending).sort((a, b) => b.ageDays - a.ageDays || a.key.localeCompare(b.key));
  const slips = projects.flatMap((project): ReportUncontrolledSlip[] => {
    const summary = project.current.changeControl;
    if (summary === undefined) return [];
    const itemSummaries = new Map<string, string>(project.items.map((item) => [item.key, item.summary]));
    return summary.slips.map((slip) => ({
      projectKey: project.current.project.key,
      itemKey: slip.itemKey,
      summary: itemSummaries.get(slip.itemKey) ?? null,
      kind: slip.kind,
      approvedDue: slip.approvedDue,
      currentDue: slip.currentDue,
      daysLate: slip.daysLate,
    }));
  });
  const variance = projects.map(listBaselineVariance);
  const total: Omit<ProjectChangeLine, 'projectKey' | 'name' | 'baselineVersion'> = {
    decided,
    approvedDays: days.total(),
    approvedCost: cost.total(),
    pending: pending.length,
    oldestPendingDays: pending[0]?.ageDays ?? null,
    uncontrolledSlips: uncontrolled,
  };
  return {
    projects: lines,
    total,
    slipsNotComputed: lines.filter((line) => line.uncontrolledSlips === null).map((line) => line.projectKey),
    changes: summaries.flatMap((summary) => summary.changes).sort(latestFirst((change) => change.decidedAt)),
    pending,
    decisions: summaries.flatMap((summary) => summary.decisions).sort(latestFirst((decision) => decision.at)),
    uncontrolled: slips,
    dateVariance: variance.flatMap((entry) => entry.dates),
    budgetVariance: variance.flatMap((entry) => (entry.budget === null ? [] : [entry.budget])),
    unbaselined: lines.filter((line) => line.baselineVersion === null).map((line) => line.projectKey),
  };
}
