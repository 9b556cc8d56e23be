import { BaselineNotFoundError } from './baseline/baseline-not-found-error';
import { buildStatusReport } from '../domain/report/build-status-report';
import { describeReportScope } from '../domain/report/describe-report-scope';
import type { ReportPeriodBasis } from '../domain/report/report-period';
import type { ReportPeriodRequest } from '../domain/report/report-period-request';
import type { ReportScope } from '../domain/report/report-scope';
import { selectScopeProjects } from '../domain/report/select-scope-projects';
import type { StatusReport } from '../domain/report/status-report';
import type { ReportProjectInput } from '../domain/report/status-report-input';
import type { BaselineStore } from '../ports/baseline-store';
import type { GovernanceStore } from '../ports/governance-store';
import type { ReportJira } from '../ports/report-jira';
import type { ViewerDirectory } from '../ports/viewer-directory';

export interface LoadStatusReportPorts {
  /** Asked as the viewer: only projects Jira lets them browse are reported. */
  readonly viewer: ViewerDirectory;
  readonly store: GovernanceStore;
  /** Asked as the viewer, for due date history. */
  readonly jira: ReportJira;
  /** Read for a period since a baseline: its summary, and its roll-ups of the projects the viewer may see. */
  readonly baselines: Pick<BaselineStore, 'loadSummary' | 'loadRollup'>;
}

export interface StatusReportRequest {
  readonly scope: ReportScope;
  readonly period: ReportPeriodRequest;
}

const millisecondsPerDay = 86_400_000;

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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
 */
export async function loadStatusReport(ports: LoadStatusReportPorts, request: StatusReportRequest, now: Date): Promise<StatusReport> {
  const [browsable, stored, basis] = await Promise.all([ports.viewer.browsableProjects(), ports.store.listRollups(), periodBasis(ports, request.period)]);
  const browsableKeys = new Set(browsable.map((project) => project.key));
  const inScope = selectScopeProjects(request.scope, stored.map((s) => ({ key: s.rollup.project.key, category: s.rollup.project.category, stored: s })));
  const visible = inScope.filter((entry) => browsableKeys.has(entry.key));
  // "N items not shown" only where the reader sees part of the scope: a project they name but may not browse, or a
  // scope of which they see nothing, answers exactly as an unknown key would, so no count confirms it exists.
  const hidden =
    request.scope.kind === 'projects' || visible.length === 0
      ? []
      : inScope.filter((entry) => !browsableKeys.has(entry.key)).map((entry) => ({ itemCount: entry.stored.rollup.counts.total }));

  const startMs = basis.kind === 'last-days' ? now.getTime() - basis.days * millisecondsPerDay : Date.parse(basis.baseline.startsAt);
  const today = dayOf(now.getTime());
  const previousRollup = async (key: string) => {
    if (basis.kind === 'since-baseline') return ports.baselines.loadRollup(basis.baseline.id, key);
    const [atStart, beforeToday] = await Promise.all([ports.store.loadLatestSnapshotBefore(key, dayOf(startMs + millisecondsPerDay)), ports.store.loadLatestSnapshotBefore(key, today)]);
    return (atStart ?? beforeToday)?.rollup ?? null;
  };
  const projects = await Promise.all(
    visible.map(async ({ key, stored: { rollup, refresh } }): Promise<ReportProjectInput> => {
      const [items, history, previous] = await Promise.all([ports.store.loadProjectIssues(key), ports.store.loadHistory(key), previousRollup(key)]);
      return { current: rollup, previous, history, partial: refresh.partial, items: (items ?? []).map((issue) => issue.item) };
    }),
  );
  const activity = projects.length === 0 ? { dueDateChanges: [] } : await ports.jira.periodActivity(visible.map((entry) => entry.key), dayOf(startMs - millisecondsPerDay));
  return buildStatusReport(
    { scopeLabel: describeReportScope(request.scope), period: basis, projects, dueDateChanges: activity.dueDateChanges, hidden },
    now.toISOString(),
  );
}
