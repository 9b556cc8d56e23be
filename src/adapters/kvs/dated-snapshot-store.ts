import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { rags } from '../../domain/rag/rag';
import type { ProjectRollup } from '../../domain/rollup/project-rollup';
import type { HistoryPoint } from '../../domain/trend/history-point';
import type { DatedSnapshot } from '../../ports/dated-snapshot';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';
import { storedSnapshotSchema } from './stored-rollup-schema';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const daysSchema = z.array(z.string().regex(dayPattern));
const historySchema = z.array(z.object({ day: z.string().regex(dayPattern), progress: z.number().nullable(), overall: z.enum(rags) }));

/** How many days of history a project keeps for its trend chart. */
const HISTORY_DAYS = 90;

async function readHistory(projectKey: string): Promise<HistoryPoint[]> {
  const parsed = historySchema.safeParse(await kvs.get(kvsKeys.snapshotHistory(projectKey)));
  return parsed.success ? parsed.data : [];
}

async function readDays(projectKey: string): Promise<string[]> {
  const parsed = daysSchema.safeParse(await kvs.get(kvsKeys.snapshotDays(projectKey)));
  return parsed.success ? parsed.data : [];
}

/**
 * Each project's roll-up kept per day (`snapshot:<yyyy-mm-dd>:<KEY>`), with an index of the days per project
 * (`snapshot-days:<KEY>`). Only the project's own refresh writes its index, so concurrent refreshes of other projects
 * never race on it.
 */
export const datedSnapshotStore = {
  /** Keeps `rollup` as its project's snapshot for `day`; a later save the same day replaces it. */
  async save(day: string, rollup: ProjectRollup): Promise<void> {
    if (!dayPattern.test(day)) throw new RangeError(`A snapshot day is yyyy-mm-dd, not ${day}`);
    const projectKey = rollup.project.key;
    await withStorageRetry(() => kvs.set(kvsKeys.snapshot(day, projectKey), { version: 1, day, rollup }));
    const days = await readDays(projectKey);
    if (!days.includes(day)) await withStorageRetry(() => kvs.set(kvsKeys.snapshotDays(projectKey), [...days, day].sort()));
    const point: HistoryPoint = { day, progress: rollup.progress.byEstimate.ratio ?? rollup.progress.byCount.ratio, overall: rollup.overall.rag };
    const history = (await readHistory(projectKey)).filter((p) => p.day !== day);
    const kept = [...history, point].sort((a, b) => a.day.localeCompare(b.day)).slice(-HISTORY_DAYS);
    await withStorageRetry(() => kvs.set(kvsKeys.snapshotHistory(projectKey), kept));
  },

  /** The project's compact daily history (progress and overall colour), oldest first: what the trend chart draws. */
  loadHistory(projectKey: string): Promise<HistoryPoint[]> {
    return readHistory(projectKey);
  },

  /** The days the project has a snapshot for, oldest first. */
  listDays(projectKey: string): Promise<string[]> {
    return readDays(projectKey);
  },

  /** The project's latest readable snapshot from a day strictly before `day`; null when there is none. */
  async loadLatestBefore(projectKey: string, day: string): Promise<DatedSnapshot | null> {
    const earlier = (await readDays(projectKey)).filter((d) => d < day).reverse();
    for (const candidate of earlier) {
      const parsed = storedSnapshotSchema.safeParse(await kvs.get(kvsKeys.snapshot(candidate, projectKey)));
      if (parsed.success) return { day: parsed.data.day, rollup: parsed.data.rollup };
    }
    return null;
  },
};
