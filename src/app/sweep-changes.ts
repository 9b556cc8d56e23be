import { sweepWindow } from '../domain/refresh/sweep-window';
import type { FieldMapping } from '../ports/field-mapping';
import type { PendingChange } from '../ports/pending-change';
import type { PendingChanges } from '../ports/pending-changes';
import type { ProjectIssue } from '../ports/project-issue';
import type { StoredInstant } from '../ports/stored-instant';
import type { StoredRollup } from '../ports/stored-rollup';
import { jiraProjectOf } from './jira-project-of';
import { INCREMENTAL_OVERLAP_MS, refreshProject, type RefreshProjectDeps } from './refresh-project';

export interface SweepChangesDeps extends RefreshProjectDeps {
  readonly pending: PendingChanges;
  /** Where the last sweep's window ended. */
  readonly cursor: StoredInstant;
  /** The site's field mapping (a project's template may replace some of it). */
  readonly mapping: FieldMapping;
}

/** A project whose changes the sweep read but had no time to merge: a project job reads them again on its own. */
export interface ProjectLeft {
  readonly projectKey: string;
  readonly removedIssueIds: readonly string[];
}

export interface SweepOutcome {
  /** `paused`: the budget ran out mid-read; what was read is merged and the next sweep goes on from there. */
  readonly status: 'done' | 'paused';
  readonly issuesRead: number;
  readonly projectsMerged: readonly string[];
  readonly projectsLeft: readonly ProjectLeft[];
  /** Changes announced after the window the sweep read ended: another sweep reads them. */
  readonly pendingLeft: readonly PendingChange[];
}

const MINUTE_MS = 60_000;
const projectOf = (issue: ProjectIssue): string => issue.item.key.slice(0, issue.item.key.lastIndexOf('-'));

function group<T>(values: readonly T[], keyOf: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(keyOf(value), [...(groups.get(keyOf(value)) ?? []), value]);
  return groups;
}

/** Where a first sweep starts: where the oldest held project's last read began, less the overlap incremental reads keep. */
function firstCursorMs(held: readonly StoredRollup[]): number {
  return Math.min(...held.map((stored) => Date.parse(stored.refresh.readStartedAt))) - INCREMENTAL_OVERLAP_MS;
}

/**
 * Reads what changed since the last sweep in every project already held, in ONE search across them (a page costs a
 * point however many projects it spans, so a change costs little more than its own issue), merges each project's
 * changes and deletions into its stored items and re-computes its roll-up. The window is the updates since the last
 * sweep's window ended, up to a settled minute (sweepWindow), so each update is read once, whether or not its event
 * arrived: a lost event's change is read by the next sweep. Deleted issues (named by delete events) cost nothing.
 *
 * Projects not yet read in full are left to their first read. When `keepGoing` turns false between pages the sweep
 * merges what it read and moves its cursor to the minute of the last update read; between projects, the projects
 * not merged are answered in `projectsLeft` for project jobs.
 */
export async function sweepChanges(deps: SweepChangesDeps): Promise<SweepOutcome> {
  const nowMs = deps.now().getTime();
  const pending = await deps.pending.list();
  const held = (await deps.rollups.listRollups()).filter((stored) => stored.refresh.unfinished !== true);
  const heldByKey = new Map<string, StoredRollup>(held.map((stored) => [stored.rollup.project.key, stored]));
  const storedCursor = await deps.cursor.load();
  const window = held.length === 0 ? null : sweepWindow(storedCursor === null ? firstCursorMs(held) : Date.parse(storedCursor), nowMs);

  let read: readonly ProjectIssue[] = [];
  let readUntilMs = window?.fromMs ?? null;
  let status: SweepOutcome['status'] = 'done';
  if (window !== null) {
    const mappings = new Map<string, FieldMapping>();
    for (const key of heldByKey.keys()) {
      const governance = deps.governanceFor === undefined ? null : await deps.governanceFor(key);
      mappings.set(key, governance === null ? deps.mapping : { ...deps.mapping, ...governance.template.fieldMapping });
    }
    const answer = await deps.jira.readChangedIssues(
      { projectKeys: [...heldByKey.keys()], updatedFrom: new Date(window.fromMs).toISOString(), updatedBefore: new Date(window.toMs).toISOString() },
      mappings,
      { resumeToken: null, keepGoing: deps.keepGoing },
    );
    read = answer.issues;
    if (answer.nextPageToken === null) readUntilMs = window.toMs;
    else {
      // Read in update order: every update before the last one's minute is in; that minute is read again next time.
      status = 'paused';
      const last = read.at(-1);
      readUntilMs = last === undefined ? window.fromMs : Math.floor(Date.parse(last.item.updated) / MINUTE_MS) * MINUTE_MS;
    }
  }
  const readUntil = readUntilMs === null ? null : new Date(readUntilMs).toISOString();

  const changedByProject = group(read, projectOf);
  const deletions = pending.filter((change) => change.deleted && change.issueId !== undefined);
  const deletedByProject = group(deletions, (change) => change.projectKey);
  const touched = [...new Set([...changedByProject.keys(), ...deletedByProject.keys()])].filter((key) => heldByKey.has(key)).sort();
  const merged: string[] = [];
  const left: ProjectLeft[] = [];
  for (const key of touched) {
    const removedIssueIds = (deletedByProject.get(key) ?? []).flatMap((change) => (change.issueId === undefined ? [] : [change.issueId]));
    const stored = heldByKey.get(key);
    if (stored === undefined) continue;
    if (merged.length > 0 && !(await deps.keepGoing())) {
      left.push({ projectKey: key, removedIssueIds });
      continue;
    }
    await refreshProject(deps, {
      project: jiraProjectOf(stored),
      mode: 'incremental',
      mapping: deps.mapping,
      removedIssueIds,
      supplied: { issues: changedByProject.get(key) ?? [], readUntil },
    });
    merged.push(key);
  }
  if (readUntil !== null && readUntil !== storedCursor) await deps.cursor.save(readUntil);

  // A change is done with once the window covers its event (the update came before it); a deletion once merged or
  // handed to a project job; anything of a project not held is for its first read.
  const covered = (change: PendingChange): boolean =>
    !heldByKey.has(change.projectKey) || (change.deleted ? change.issueId !== undefined : readUntilMs !== null && Date.parse(change.at) < readUntilMs);
  const done = pending.filter(covered);
  await deps.pending.remove(done);
  return { status, issuesRead: read.length, projectsMerged: merged, projectsLeft: left, pendingLeft: pending.filter((change) => !covered(change)) };
}
