import { compareIssueKeys } from '../domain/ids/compare-issue-keys';
import type { GovernedInputDeps } from './governed-input-deps';
import { governedRollupInputs } from './governed-rollup-inputs';
import { fieldMappingKey } from './field-mapping-key';
import { reconcileProjectItems } from './reconcile-project-items';
import { computeProjectRollup } from '../domain/rollup/compute-project-rollup';
import { instantOf, utcDayOf } from '../domain/time';
import type { ProjectRef } from '../domain/rollup/project-ref';
import type { ProjectRollup } from '../domain/rollup/project-rollup';
import type { FieldMapping } from '../ports/field-mapping';
import type { PortfolioJira } from '../ports/portfolio-jira';
import type { ProjectIssue } from '../ports/project-issue';
import type { RefreshCheckpoint } from '../ports/refresh-checkpoint';
import type { RefreshCheckpoints } from '../ports/refresh-checkpoints';
import type { RefreshRecord } from '../ports/refresh-record';
import type { RollupStore } from '../ports/rollup-store';
import type { SnapshotStore } from '../ports/snapshot-store';
import type { WorkItemStore } from '../ports/work-item-store';
import type { ProjectGovernance } from '../ports/project-governance';

/** Reads again what changed this long before the last read began: product events and index updates can lag minutes. */
export const INCREMENTAL_OVERLAP_MS = 5 * 60_000;

/** Jira's page tokens expire after 7 days; an older checkpoint is dropped and the read starts over. */
const CHECKPOINT_MAX_AGE_MS = 6 * 24 * 60 * 60_000;

export type RefreshMode = 'full' | 'incremental';

export interface RefreshProjectDeps extends GovernedInputDeps {
  readonly jira: PortfolioJira;
  readonly rollups: RollupStore;
  readonly workItems: WorkItemStore;
  readonly checkpoints: RefreshCheckpoints;
  /** The day's snapshot is kept with every roll-up a refresh saves. */
  readonly snapshots: Pick<SnapshotStore, 'saveDailySnapshot'>;
  readonly now: () => Date;
  /** Asked between pages: false makes the refresh store a checkpoint and stop, to be resumed by a later call. */
  readonly keepGoing: () => boolean | Promise<boolean>;
  /**
   * The governance the project follows: its template (assigned, or the default) is evaluated over the same items the
   * roll-up reads, its score becomes the roll-up's compliance and its RAG and RAID policies are used; an assigned
   * program replaces the Jira category the portfolio groups by. Absent: no compliance, the default policies.
   */
  readonly governanceFor?: (projectKey: string) => Promise<ProjectGovernance>;
}

export interface RefreshProjectRequest {
  readonly project: ProjectRef;
  /** Incremental falls back to full when the project has no stored items to merge into. */
  readonly mode: RefreshMode;
  readonly mapping: FieldMapping;
  /** Issues deleted in Jira since the last refresh (from delete events); an incremental refresh drops them. */
  readonly removedIssueIds?: readonly string[];
  /** After an incremental read, compare the item count with Jira's and reconcile a project that drifted (daily job). */
  readonly checkDrift?: boolean;
  /**
   * The project's changes a sweep already read (in one search across projects), merged as an incremental read's would
   * be, without reading Jira; no changes at all recomputes the roll-up (and the day's snapshot) from the stored items.
   * `readUntil` is where the sweep's window ended, the project's next incremental read starts there; null keeps the
   * last read's. A project with no stored items, or with a read under way, is read from Jira as without it.
   */
  readonly supplied?: { readonly issues: readonly ProjectIssue[]; readonly readUntil: string | null };
}

export type RefreshProjectOutcome =
  | { readonly status: 'done'; readonly mode: RefreshMode; readonly rollup: ProjectRollup; readonly refresh: RefreshRecord; readonly issuesRead: number }
  | { readonly status: 'paused'; readonly mode: RefreshMode; readonly issuesRead: number; readonly pagesRead: number };

interface ReadPlan {
  readonly checkpoint: RefreshCheckpoint | null;
  readonly mode: RefreshMode;
  readonly readStartedAt: string;
  readonly updatedSince: string | null;
  readonly carried: readonly ProjectIssue[];
  /** The project's items before this refresh, for an incremental merge (loaded once it is known to be needed). */
  readonly stored: readonly ProjectIssue[] | null;
  /** Changes already read by a sweep: this refresh reads nothing from Jira. */
  readonly supplied: readonly ProjectIssue[] | null;
  /** When the stored roll-up this refresh builds on was computed. */
  readonly storedAsOf?: string;
}

async function planRead(deps: RefreshProjectDeps, request: RefreshProjectRequest, mappingKey: string): Promise<ReadPlan> {
  const key = request.project.key;
  const now = deps.now();
  const saved = await deps.checkpoints.loadCheckpoint(key);
  if (saved !== null) {
    const fresh = now.getTime() - Date.parse(saved.checkpoint.readStartedAt) < CHECKPOINT_MAX_AGE_MS;
    // A full refresh asked for while an incremental one is unfinished supersedes it; anything else continues it.
    const superseded = request.mode === 'full' && saved.checkpoint.mode === 'incremental';
    if (fresh && !superseded) {
      const { checkpoint } = saved;
      return {
        checkpoint,
        mode: checkpoint.mode,
        readStartedAt: checkpoint.readStartedAt,
        updatedSince: checkpoint.updatedSince,
        carried: saved.issues,
        stored: null,
        supplied: null,
      };
    }
    await deps.checkpoints.clearCheckpoint(key);
  }
  const readStartedAt = now.toISOString();
  const full: ReadPlan = { checkpoint: null, mode: 'full', readStartedAt, updatedSince: null, carried: [], stored: null, supplied: null };
  if (request.mode === 'full') return full;
  const previous = await deps.rollups.loadRollup(key);
  // Items read with other fields for a role (an admin remapped Budget, a template names another field) hold other
  // values: only a full read makes them right. Records from before the key was kept are taken as read with this one.
  const remapped = previous !== null && previous.refresh.fieldMappingKey !== undefined && previous.refresh.fieldMappingKey !== mappingKey;
  const stored = previous === null || remapped ? null : await deps.workItems.loadProjectIssues(key);
  if (previous === null || stored === null) return full;
  const { supplied } = request;
  if (supplied !== undefined) {
    return {
      checkpoint: null,
      mode: 'incremental',
      readStartedAt: supplied.readUntil ?? previous.refresh.readStartedAt,
      updatedSince: null,
      carried: [],
      stored,
      supplied: supplied.issues,
      storedAsOf: previous.refresh.asOf,
    };
  }
  const updatedSince = new Date(Date.parse(previous.refresh.readStartedAt) - INCREMENTAL_OVERLAP_MS).toISOString();
  return { checkpoint: null, mode: 'incremental', readStartedAt, updatedSince, carried: [], stored, supplied: null };
}

const byKey = (a: ProjectIssue, b: ProjectIssue): number => compareIssueKeys(a.item.key, b.item.key);

/**
 * Refreshes one project's roll-up from Jira.
 *
 * - full: reads every issue of the project, computes the roll-up, replaces the stored items.
 * - incremental: reads only issues updated since the last refresh began (less `INCREMENTAL_OVERLAP_MS`), merges them
 *   into the stored items by issue id, drops the issues deleted since (named by delete events), then computes and
 *   stores as a full refresh does. Its Jira requests are the pages of what changed and nothing more. With
 *   `checkDrift` (the daily job) it then compares the item count with Jira's, and only a project that drifted (an
 *   issue moved away, a delete event that never arrived) has its ids read and its items reconciled.
 *
 * Either way it also keeps the day's dated snapshot. When `keepGoing()` turns false mid-read it stores a checkpoint
 * (the page token and the items read so far) and answers `paused`; the next call for the project continues from there.
 */
export async function refreshProject(deps: RefreshProjectDeps, request: RefreshProjectRequest): Promise<RefreshProjectOutcome> {
  const key = request.project.key;
  const governance = deps.governanceFor === undefined ? null : await deps.governanceFor(key);
  // A template may name other custom fields for some roles than the ones found by name on the site.
  const mapping: FieldMapping = governance === null ? request.mapping : { ...request.mapping, ...governance.template.fieldMapping };
  const mappingKey = fieldMappingKey(mapping);
  const plan = await planRead(deps, request, mappingKey);
  const read =
    plan.supplied !== null
      ? { issues: plan.supplied, skipped: 0, pages: 0, nextPageToken: null }
      : await deps.jira.readIssues({ projectKey: key, updatedSince: plan.updatedSince }, mapping, {
          resumeToken: plan.checkpoint?.nextPageToken ?? null,
          keepGoing: deps.keepGoing,
        });
  const issues = [...plan.carried, ...read.issues];
  const skipped = (plan.checkpoint?.skippedIssues ?? 0) + read.skipped;
  const pagesRead = (plan.checkpoint?.pagesRead ?? 0) + read.pages;

  if (read.nextPageToken !== null) {
    const checkpoint: RefreshCheckpoint = {
      mode: plan.mode,
      readStartedAt: plan.readStartedAt,
      updatedSince: plan.updatedSince,
      nextPageToken: read.nextPageToken,
      pagesRead,
      skippedIssues: skipped,
    };
    await deps.checkpoints.saveCheckpoint(key, checkpoint, issues);
    const previous = plan.mode === 'full' ? await deps.rollups.loadRollup(key) : null;
    if (plan.mode === 'full' && (previous === null || previous.refresh.unfinished === true)) {
      // A project seen for the first time shows what has been read so far, flagged partial, rather than nothing.
      const asOf = deps.now().toISOString();
      const sorted = [...issues].sort(byKey);
      const rollup = computeProjectRollup({ project: request.project, items: sorted.map((issue) => issue.item) }, asOf);
      const refresh: RefreshRecord = {
        asOf,
        readStartedAt: plan.readStartedAt,
        mode: 'full',
        partial: true,
        itemCount: sorted.length,
        skippedIssues: skipped,
        unfinished: true,
      };
      await deps.rollups.saveRollup(key, { rollup, refresh });
    }
    return { status: 'paused', mode: plan.mode, issuesRead: issues.length, pagesRead };
  }

  let items: ProjectIssue[];
  let skippedIssues = skipped;
  if (plan.mode === 'full') {
    items = issues;
  } else {
    const stored = plan.stored ?? (await deps.workItems.loadProjectIssues(key));
    if (stored === null) {
      // The items an unfinished incremental refresh was to merge into are gone: only a full read can be trusted now.
      await deps.checkpoints.clearCheckpoint(key);
      return refreshProject(deps, { ...request, mode: 'full' });
    }
    const removed = new Set(request.removedIssueIds ?? []);
    const merged = new Map(stored.map((issue) => [issue.issueId, issue]));
    for (const issue of issues) merged.set(issue.issueId, issue);
    items = [...merged.values()].filter((issue) => !removed.has(issue.issueId));
    // Issues an earlier read could not take in stay missing until a full refresh reads them: still partial.
    const previous = await deps.rollups.loadRollup(key);
    skippedIssues = skipped + (previous?.refresh.skippedIssues ?? 0);
    if (request.checkDrift === true) {
      const reconciled = await reconcileProjectItems(deps.jira, key, items, mapping, skippedIssues);
      items = [...reconciled.items];
      if (reconciled.drifted) skippedIssues = reconciled.skipped;
    }
  }
  items.sort(byKey);

  const asOf = instantOf(deps.now());
  const governed = await governedRollupInputs(deps, key, governance?.template ?? null, items, asOf, issues);
  const program = governance?.program ?? null;
  const project = program === null ? request.project : { ...request.project, category: program };
  const rollup = computeProjectRollup({ project, items: items.map((issue) => issue.item), ...governed }, asOf);
  const refresh: RefreshRecord = {
    asOf,
    readStartedAt: plan.readStartedAt,
    mode: plan.mode,
    partial: skippedIssues > 0,
    itemCount: items.length,
    skippedIssues,
    fieldMappingKey: mappingKey,
    jiraCategory: request.project.category,
  };
  if (plan.supplied?.length === 0 && (request.removedIssueIds?.length ?? 0) === 0 && request.checkDrift !== true) {
    // A re-computation that changes no item must not overwrite a refresh that merged changes since it loaded them: it
    // starts again from what is stored now.
    const latest = await deps.rollups.loadRollup(key);
    if (latest !== null && latest.refresh.asOf !== plan.storedAsOf) return refreshProject(deps, request);
  }
  await deps.workItems.saveProjectIssues(key, items);
  await deps.rollups.saveRollup(key, { rollup, refresh });
  await deps.snapshots.saveDailySnapshot(utcDayOf(asOf), rollup);
  if (plan.checkpoint !== null) await deps.checkpoints.clearCheckpoint(key);
  return { status: 'done', mode: plan.mode, rollup, refresh, issuesRead: issues.length };
}
