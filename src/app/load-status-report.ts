import { BaselineNotFoundError } from './baseline/baseline-not-found-error';
import { loadReportIntake, type ReportIntakePorts } from './load-report-intake';
import { buildStatusReport } from '../domain/report/build-status-report';
import { describeReportScope } from '../domain/report/describe-report-scope';
import type { ReportPeriodBasis } from '../domain/report/report-period';
import type { ReportPeriodRequest } from '../domain/report/report-period-request';
import type { ReportScope } from '../domain/report/report-scope';
import { selectScopeProjects } from '../domain/report/select-scope-projects';
import { addCalendarDays, elapsedDaysBefore, instantOf, parseInstant, utcDayOf, type Instant } from '../domain/time';
import type { StatusReport } from '../domain/report/status-report';
import type { ReportProjectInput } from '../domain/report/status-report-input';
import type { Template } from '../domain/template/template';
import type { ApprovedBaselineStore } from '../ports/approved-baseline-store';
import type { BaselineStore } from '../ports/baseline-store';
import type { ChangeDecisionStore } from '../ports/change-decision-store';
import type { ReportJira } from '../ports/report-jira';
import type { RollupStore } from '../ports/rollup-store';
import type { SnapshotStore } from '../ports/snapshot-store';
import type { WorkItemStore } from '../ports/work-item-store';
import type { ViewerDirectory } from '../ports/viewer-directory';

export interface LoadStatusReportPorts {
  /** Asked as the viewer: only projects Jira lets them browse are reported. */
  readonly viewer: ViewerDirectory;
  /** Roll-ups as shown, manual colour overrides applied. */
  readonly rollups: Pick<RollupStore, 'listRollups'>;
  readonly workItems: Pick<WorkItemStore, 'loadProjectIssues'>;
  readonly snapshots: Pick<SnapshotStore, 'loadLatestSnapshotBefore' | 'loadHistory'>;
  /** Asked as the viewer, for due date history. */
  readonly jira: ReportJira;
  /** Read for a period since a baseline: its summary, and its roll-ups of the projects the viewer may see. */
  readonly baselines: Pick<BaselineStore, 'loadSummary' | 'loadRollup'>;
  /** Read, like the work items, only for the projects the viewer may browse. */
  readonly changeControl: {
    readonly baselines: Pick<ApprovedBaselineStore, 'listVersions'>;
    readonly decisions: Pick<ChangeDecisionStore, 'listDecisions'>;
    /** The template the project follows: its change policy and RAID mapping say which items are changes and decisions. */
    readonly templateFor: (projectKey: string) => Promise<Template>;
  };
  /** Intake's and capacity's stores, read for the intake projects and programs the viewer may browse. */
  readonly intake: ReportIntakePorts;
}

export interface StatusReportRequest {
  readonly scope: ReportScope;
  readonly period: ReportPeriodRequest;
}

/** Where the period begins: `days` full days before now, or where the baseline stands. */
function periodStart(basis: ReportPeriodBasis, now: Instant): Instant {
  if (basis.kind === 'last-days') return elapsedDaysBefore(now, basis.days);
  const startsAt = parseInstant(basis.baseline.startsAt);
  if (startsAt === null) throw new RangeError(`The baseline's startsAt must be an ISO 8601 date-time, got "${basis.baseline.startsAt}"`);
  return startsAt;
}

async function periodBasis(ports: LoadStatusReportPorts, period: ReportPeriodRequest): Promise<ReportPeriodBasis> {
  switch (period.kind) {
    case 'last-days':
      return period;
    case 'since-baseline': {
      const baseline = await ports.baselines.loadSummary(period.baselineId);
      if (baseline === null) throw new BaselineNotFoundError(period.baselineId);
      return { kind: 'since-baseline', baseline: { id: baseline.id, name: baseline.name, startsAt: baseline.startsAt } };
    }
  }
}

/**
 * A status report for one viewer. Roll-ups and work items come from what the refresh stored (read as the app), kept
 * only for projects the viewer may browse; the projects in scope they may not browse are passed on as item counts
 * alone ("N items not shown"). Due date history is read from Jira as the viewer, for issues updated since the day
 * before the period began (the report then keeps exactly the changes inside the period); flags come with the items.
 *
 * Trends compare with the latest snapshot taken on or before the period's first day, or, when none is that old,
 * the latest before today. For a period since a baseline, the period starts where the baseline stands and trends
 * compare with the baseline's own roll-ups (a project it does not hold has no trend). A baseline that no longer
 * exists is a BaselineNotFoundError.
 *
 * Change control comes from storage too, for the browsable projects only: each project's template (its change policy
 * recognises change requests among the stored items, its RAID mapping the decisions), its approved baseline versions
 * and the decisions recorded in the app; uncontrolled slips are the ones its stored roll-up counted.
 *
 * Intake comes from storage as well (`loadReportIntake`): the intake board and capacity heat map as the viewer would
 * see them, over the projects already asked for, so it adds no Jira request.
 */
export async function loadStatusReport(ports: LoadStatusReportPorts, request: StatusReportRequest, now: Date): Promise<StatusReport> {
  const [browsable, stored, basis] = await Promise.all([ports.viewer.browsableProjects(), ports.rollups.listRollups(), periodBasis(ports, request.period)]);
  const browsableKeys = new Set(browsable.map((project) => project.key));
  const inScope = selectScopeProjects(
    request.scope,
    stored.map((s) => ({ key: s.rollup.project.key, category: s.rollup.project.category, stored: s })),
  );
  const visible = inScope.filter((entry) => browsableKeys.has(entry.key));
  // "N items not shown" only where the reader sees part of the scope: a project they name but may not browse, or a
  // scope of which they see nothing, answers exactly as an unknown key would, so no count confirms it exists.
  const hidden =
    request.scope.kind === 'projects' || visible.length === 0
      ? []
      : inScope.filter((entry) => !browsableKeys.has(entry.key)).map((entry) => ({ itemCount: entry.stored.rollup.counts.total }));

  const nowInstant = instantOf(now);
  const startDay = utcDayOf(periodStart(basis, nowInstant));
  const today = utcDayOf(nowInstant);
  const previousRollup = async (key: string) => {
    if (basis.kind === 'since-baseline') return ports.baselines.loadRollup(basis.baseline.id, key);
    const [atStart, beforeToday] = await Promise.all([
      ports.snapshots.loadLatestSnapshotBefore(key, addCalendarDays(startDay, 1)),
      ports.snapshots.loadLatestSnapshotBefore(key, today),
    ]);
    return (atStart ?? beforeToday)?.rollup ?? null;
  };
  const projects = await Promise.all(
    visible.map(async ({ key, stored: { rollup, refresh } }): Promise<ReportProjectInput> => {
      const [items, history, previous, template, versions, decisions] = await Promise.all([
        ports.workItems.loadProjectIssues(key),
        ports.snapshots.loadHistory(key),
        previousRollup(key),
        ports.changeControl.templateFor(key),
        ports.changeControl.baselines.listVersions(rollup.project.key),
        ports.changeControl.decisions.listDecisions(rollup.project.key),
      ]);
      return {
        current: rollup,
        previous,
        history,
        partial: refresh.partial,
        items: (items ?? []).map((issue) => issue.item),
        changeControl: { policy: template.changePolicy, raidMapping: template.raidPolicy.mapping, versions, decisions },
      };
    }),
  );
  const [activity, intake] = await Promise.all([
    projects.length === 0
      ? { dueDateChanges: [], people: [] }
      : ports.jira.periodActivity(
          visible.map((entry) => entry.key),
          addCalendarDays(startDay, -1),
        ),
    loadReportIntake(ports.intake, browsable, request.scope, today),
  ]);
  return buildStatusReport(
    {
      scopeLabel: describeReportScope(request.scope),
      period: basis,
      projects,
      dueDateChanges: activity.dueDateChanges,
      people: activity.people,
      hidden,
      intake,
    },
    now.toISOString(),
  );
}
