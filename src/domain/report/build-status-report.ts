import { elapsedDaysBefore } from '../time/elapsed-days-before';
import { instantOf } from '../time/instant-of';
import { compareRollups } from '../trend/compare-rollups';
import { utcDayOf } from '../time/utc-day-of';
import { buildHeadline } from './build-headline';
import { buildReportChangeControl } from './build-report-change-control';
import { buildReportIntake } from './build-report-intake';
import { countRiskHeatMap } from './count-risk-heat-map';
import { findSlippedDates } from './find-slipped-dates';
import { listAccomplishments } from './list-accomplishments';
import { listComplianceExceptions } from './list-compliance-exceptions';
import { listEscalations } from './list-escalations';
import { listLateDependencies } from './list-late-dependencies';
import { listUpcomingMilestones } from './list-upcoming-milestones';
import { rankRisksAndIssues } from './rank-risks-and-issues';
import type { ReportPeriod, ReportPeriodBasis } from './report-period';
import type { StatusReportInput } from './status-report-input';
import type { StatusReport } from './status-report';
import { toProjectRow } from './to-project-row';

function periodStartMs(period: ReportPeriodBasis, endMs: number): number {
  switch (period.kind) {
    case 'last-days':
      return Date.parse(elapsedDaysBefore(instantOf(new Date(endMs)), period.days));
    case 'since-baseline': {
      const ms = Date.parse(period.baseline.startsAt);
      if (!Number.isFinite(ms)) throw new RangeError(`The baseline's startsAt must be an ISO 8601 date-time, got "${period.baseline.startsAt}"`);
      return ms;
    }
  }
}

function toReportPeriod(period: ReportPeriodBasis, start: string, end: string): ReportPeriod {
  switch (period.kind) {
    case 'last-days':
      return { kind: 'last-days', days: period.days, start, end };
    case 'since-baseline':
      return { kind: 'since-baseline', baseline: { id: period.baseline.id, name: period.baseline.name }, start, end };
  }
}

/**
 * A status report's content for one viewer. Everything in `input` is already limited to what the viewer may see;
 * hidden projects arrive as item counts only and become `hiddenCount`. The period is the `days` before `now`, or runs
 * from the baseline's `startsAt` to `now`.
 *
 * @example
 * const report = buildStatusReport({ scopeLabel: 'Whole portfolio', period: { kind: 'last-days', days: 30 }, projects, dueDateChanges: [], hidden: [{ itemCount: 5 }] }, '2026-11-20T12:00:00.000Z');
 * report.headline.overall; // 'red'
 * report.hiddenCount;      // 5
 */
export function buildStatusReport(input: StatusReportInput, now: string): StatusReport {
  const endMs = Date.parse(now);
  if (!Number.isFinite(endMs)) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  const startMs = periodStartMs(input.period, endMs);
  if (startMs > endMs) throw new RangeError(`The period would start (${new Date(startMs).toISOString()}) after the report's time (${now})`);
  const window = { startMs, endMs };
  const projects = [...input.projects].sort((a, b) => a.current.project.key.localeCompare(b.current.project.key));
  const items = projects.flatMap((project) => project.items);
  const rows = projects.map(toProjectRow);
  const asOfs = projects.map((project) => project.current.asOf).sort();
  return {
    title: `Status report: ${input.scopeLabel}`,
    scopeLabel: input.scopeLabel,
    period: toReportPeriod(input.period, new Date(startMs).toISOString(), new Date(endMs).toISOString()),
    asOf: asOfs[0] ?? null,
    headline: buildHeadline(rows),
    projects: rows,
    accomplishments: listAccomplishments(items, window),
    slipped: findSlippedDates(items, input.dueDateChanges, window),
    upcoming: listUpcomingMilestones(items, now),
    topRisks: rankRisksAndIssues(items),
    heatMap: countRiskHeatMap(items),
    lateDependencies: listLateDependencies(items, now),
    complianceExceptions: listComplianceExceptions(projects.map((project) => project.current)),
    escalations: listEscalations(items),
    trends: projects.flatMap((project) =>
      project.previous === null
        ? []
        : [{ projectKey: project.current.project.key, name: project.current.project.name, trend: compareRollups(project.previous, project.current) }],
    ),
    changeControl: buildReportChangeControl(projects, window, utcDayOf(instantOf(new Date(endMs))), input.people ?? []),
    ...(input.intake === undefined ? {} : { intake: buildReportIntake(input.intake, window) }),
    hiddenCount: input.hidden.reduce((sum, project) => sum + project.itemCount, 0),
  };
}
