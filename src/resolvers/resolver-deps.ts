import type { TemplateAdminDeps } from '../app/templates/template-admin-deps';
import type { ChangeControlDeps } from '../app/change-control/change-control-deps';
import type { ChangeControlWriteDeps } from '../app/change-control/change-control-write-deps';
import type { IntakeDeps } from '../app/intake/intake-deps';
import type { IntakeWriteDeps } from '../app/intake/intake-write-deps';
import type { PointsAdminDeps } from '../app/points/points-admin-deps';
import type { RefreshRequestPorts } from '../app/request-refresh';
import type { BaselineStore } from '../ports/baseline-store';
import type { CapacityStore } from '../ports/capacity-store';
import type { FrozenReportStore } from '../ports/frozen-report-store';
import type { FieldMappingStore } from '../ports/field-mapping-store';
import type { PendingChanges } from '../ports/pending-changes';
import type { RaidJira } from '../ports/raid-jira';
import type { ReadingStatus } from '../ports/reading-status';
import type { ReportJira } from '../ports/report-jira';
import type { RollupStore } from '../ports/rollup-store';
import type { SnapshotStore } from '../ports/snapshot-store';
import type { TemplateStore } from '../ports/template-store';
import type { ViewerDirectory } from '../ports/viewer-directory';
import type { WorkItemStore } from '../ports/work-item-store';

/**
 * Everything a resolver's use case may be given, built once per invocation by the deps factory the handler is given
 * (production: `createResolverDeps`). Jira is read as the caller through one client, whose retry wait budget is the
 * invocation's; `now` is the only clock a resolver sees.
 */
export interface ResolverDeps {
  readonly now: () => Date;
  /** The signed-in caller's Jira account id; null when the call carries none. */
  readonly accountId: string | null;
  /** The macro instance the call comes from, safe for a storage key; `page` outside a macro. */
  readonly macroId: string;
  readonly viewer: ViewerDirectory;
  readonly raidJira: RaidJira;
  readonly reportJira: ReportJira;
  /** The ids of a project's issues a JQL query finds, asked as the caller (the refresh's matcher, as the viewer). */
  readonly jqlMatchIds: (projectKey: string, jql: string) => Promise<ReadonlySet<string>>;
  /** Stored roll-ups with the colour overrides in force at `now`: what every view shows. */
  readonly shownRollups: RollupStore;
  readonly workItems: WorkItemStore;
  readonly snapshots: SnapshotStore;
  readonly fieldMappings: FieldMappingStore;
  /** Changes not yet read, for the projects the portfolio marks stale. */
  readonly pendingChanges: Pick<PendingChanges, 'list'>;
  readonly templates: TemplateStore;
  readonly baselines: BaselineStore;
  readonly frozen: FrozenReportStore;
  readonly readingStatus: () => Promise<ReadingStatus>;
  readonly refreshRequests: RefreshRequestPorts['requests'];
  /** Queues a full refresh of every project, as the app. */
  readonly queueFullRefresh: (reason: 'manual' | 'reread', requestedAt: string) => Promise<void>;
  /** Eight random hex digits, for ids that must not be guessed from the time alone. */
  readonly newSuffix: () => string;
  /** The settings use cases' deps (templates and assignments, baselines, colour overrides) for the signed-in caller; FORBIDDEN without one. */
  readonly templateAdmin: () => TemplateAdminDeps;
  /** The points budget use cases' deps for the signed-in caller; FORBIDDEN without one. */
  readonly pointsAdmin: () => PointsAdminDeps;
  /** Change control's reads, Jira asked as the caller. */
  readonly changeControl: ChangeControlDeps;
  /** Change control's writes for the signed-in caller (audited); FORBIDDEN without one. */
  readonly changeControlWrite: () => ChangeControlWriteDeps;
  /** Intake's reads: stored proposals, settings, models, scores and decisions; Jira asked as the caller for projects and permissions only. */
  readonly intake: IntakeDeps;
  /** Intake's writes for the signed-in caller (audited); FORBIDDEN without one. */
  readonly intakeWrite: () => IntakeWriteDeps;
  /** The programs' capacities per quarter and the heat map's bands, one version per save. */
  readonly capacities: CapacityStore;
}
