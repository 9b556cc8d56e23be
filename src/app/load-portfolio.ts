import type { PortfolioDto, PortfolioProjectDto } from '../contract/portfolio-dto';
import type { ProjectRollup } from '../domain/rollup/project-rollup';
import { aggregateRollups } from '../domain/rollup/aggregate-rollups';
import { groupByProgram } from '../domain/rollup/group-by-program';
import { compareRollups } from '../domain/trend/compare-rollups';
import { firstReadProgress, type FirstReadEntry } from '../domain/points/first-read-progress';
import type { PendingChanges } from '../ports/pending-changes';
import type { PortfolioIntake } from './intake/portfolio-intake';
import type { ReadingStatus } from '../ports/reading-status';
import type { RollupStore } from '../ports/rollup-store';
import type { SnapshotStore } from '../ports/snapshot-store';
import type { BrowsableProject, ViewerDirectory } from '../ports/viewer-directory';
import { staleProjectKeys } from './stale-project-keys';

export interface LoadPortfolioPorts {
  /** Asked as the viewer: only what Jira lets them browse may appear. */
  readonly viewer: ViewerDirectory;
  /** Roll-ups as shown, manual colour overrides applied. */
  readonly rollups: Pick<RollupStore, 'loadRollup'>;
  readonly snapshots: Pick<SnapshotStore, 'loadLatestSnapshotBefore' | 'loadHistory'>;
  /** Changes not yet read: their projects are marked stale. */
  readonly pendingChanges: Pick<PendingChanges, 'list'>;
  readonly refreshRequestedAt: () => Promise<string | null>;
  readonly readingStatus: () => Promise<ReadingStatus>;
  /** Intake for the viewer's projects, from storage: which are intake projects, and the approved proposals each project delivers. */
  readonly intake: (visible: readonly BrowsableProject[]) => Promise<PortfolioIntake>;
}

/**
 * The portfolio for one viewer, from stored roll-ups only (no Jira search): projects the viewer cannot browse are
 * dropped before anything is counted, so no total, name or count reveals them. Intake projects hold proposals, not
 * delivery work: they are left out of the rows and totals (and named, so the page can point to the Intake tab). Each
 * project carries the approved proposals it delivers, of intake projects the viewer may browse.
 */
export async function loadPortfolio(ports: LoadPortfolioPorts, today: string): Promise<PortfolioDto> {
  const [browsable, stale, requestedAt, status] = await Promise.all([
    ports.viewer.browsableProjects(),
    staleProjectKeys(ports.pendingChanges),
    ports.refreshRequestedAt(),
    ports.readingStatus(),
  ]);
  const intake = await ports.intake(browsable);
  const visible = browsable.filter((project) => !intake.intakeProjectKeys.has(project.key));
  const staleKeys = new Set(stale);
  const rows = await Promise.all(visible.map(async (project) => ({ project, stored: await ports.rollups.loadRollup(project.key) })));
  const refreshed = rows.flatMap((row) => (row.stored ? [{ project: row.project, stored: row.stored }] : []));
  const notRefreshed = rows.filter((row) => !row.stored).map((row) => ({ key: row.project.key, name: row.project.name }));

  const details = new Map<string, PortfolioProjectDto>();
  await Promise.all(
    refreshed.map(async ({ project, stored }) => {
      const [previous, history] = await Promise.all([ports.snapshots.loadLatestSnapshotBefore(project.key, today), ports.snapshots.loadHistory(project.key)]);
      details.set(project.key, {
        rollup: stored.rollup,
        lead: leadOf(project),
        partial: stored.refresh.partial,
        stale: staleKeys.has(project.key),
        trend: previous ? compareRollups(previous.rollup, stored.rollup) : null,
        history,
        changeControl: stored.rollup.changeControl ?? null,
        fromIntake: intake.deliveredBy.get(project.key) ?? [],
      });
    }),
  );

  const rollups: ProjectRollup[] = refreshed.map(({ stored }) => stored.rollup);
  const programs = groupByProgram(rollups).map((group) => ({
    name: group.name,
    aggregate: aggregateRollups(group.name, group.rollups),
    projects: group.rollups.flatMap((r) => details.get(r.project.key) ?? []),
  }));
  const totals = aggregateRollups('Portfolio', rollups);
  const pendingProjects =
    requestedAt === null
      ? 0
      : visible.filter((p) => {
          const row = refreshed.find((r) => r.project.key === p.key);
          return !row || row.stored.refresh.asOf < requestedAt;
        }).length;
  // Counted over the viewer's projects alone: a hidden project's issue count must not show in the progress either.
  const planned = status.plan?.issuesByProject ?? {};
  const entries: FirstReadEntry[] = rows.flatMap(({ project, stored }) => {
    const total = planned[project.key];
    if (total === undefined) return [];
    return [{ issuesTotal: total, issuesRead: stored?.refresh.itemCount ?? 0, finished: stored !== null && stored.refresh.unfinished !== true }];
  });
  const reading = firstReadProgress(entries, status.backgroundPointsPerHour);
  const throttle = status.throttle === null ? null : { resumesAt: status.throttle.resumesAt, reason: status.throttle.reason };
  return {
    asOf: totals.asOf,
    totals,
    programs,
    notRefreshed,
    intakeProjects: browsable.flatMap((project) => (intake.intakeProjectKeys.has(project.key) ? [{ key: project.key, name: project.name }] : [])),
    refresh: { requestedAt, pendingProjects, reading, throttle, backgroundPointsPerHour: status.backgroundPointsPerHour },
  };
}

function leadOf(project: BrowsableProject): PortfolioProjectDto['lead'] {
  return project.leadAccountId === null ? null : { accountId: project.leadAccountId, displayName: project.leadDisplayName ?? null };
}
