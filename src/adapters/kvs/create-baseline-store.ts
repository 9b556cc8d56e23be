import { kvs } from '@forge/kvs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Baseline, BaselineSummary } from '../../domain/baseline/baseline';
import { baselineNameKey } from '../../domain/baseline/baseline-name-key';
import type { BaselineStore } from '../../ports/baseline-store';
import { inBatches } from './in-batches';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { projectRollupSchema } from './stored-rollup-schema';
import { withStorageRetry } from './with-storage-retry';
import { isKeyConflict } from './is-key-conflict';

const summarySchema = z.object({
  id: z.string(),
  name: z.string(),
  takenAt: z.string(),
  takenBy: z.object({ accountId: z.string(), displayName: z.string() }),
  fromDay: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  startsAt: z.string(),
  projectKeys: z.array(z.string()),
}) satisfies z.ZodType<BaselineSummary>;

const storedSummarySchema = z.object({ version: z.literal(1), summary: summarySchema });
const storedRollupSchema = z.object({ version: z.literal(1), rollup: projectRollupSchema });
const claimSchema = z.object({ id: z.string(), claimedAt: z.string() });

/** A name held this long by a baseline that never got written was left by a failed take, and may be taken again. */
const ABANDONED_CLAIM_MS = 60_000;

function nameKey(name: string): string {
  // Names may hold any character; keys may not, so the name's case-blind form is kept as a digest.
  return kvsKeys.baselineName(createHash('sha256').update(baselineNameKey(name)).digest('hex').slice(0, 48));
}

function summaryOf(baseline: Baseline): BaselineSummary {
  return {
    id: baseline.id,
    name: baseline.name,
    takenAt: baseline.takenAt,
    takenBy: baseline.takenBy,
    fromDay: baseline.fromDay,
    startsAt: baseline.startsAt,
    projectKeys: baseline.projectKeys,
  };
}

async function readSummary(id: string): Promise<BaselineSummary | null> {
  const parsed = storedSummarySchema.safeParse(await kvs.get(kvsKeys.baseline(id)));
  return parsed.success ? parsed.data.summary : null;
}

/** Takes the baseline's name for it; false when a finished baseline, or one being written right now, holds it. */
async function claimName(baseline: Baseline): Promise<boolean> {
  const key = nameKey(baseline.name);
  const claim = { id: baseline.id, claimedAt: baseline.takenAt };
  try {
    await kvs.set(key, claim, { keyPolicy: 'FAIL_IF_EXISTS' });
    return true;
  } catch (error) {
    if (!isKeyConflict(error)) throw error;
  }
  const held = claimSchema.safeParse(await kvs.get(key));
  if (held.success) {
    if ((await readSummary(held.data.id)) !== null) return false;
    if (Date.parse(baseline.takenAt) - Date.parse(held.data.claimedAt) < ABANDONED_CLAIM_MS) return false;
  }
  await kvs.set(key, claim);
  return true;
}

/**
 * Baselines in Forge storage: the summary under `baseline:<id>`, each project's roll-up under its own key (a
 * portfolio's roll-ups together would pass the 240 KiB a key may hold), and the name held under a digest of its
 * case-blind form, so two baselines never share a name. The summary is written last: a listed baseline always has
 * its roll-ups.
 */
export function createBaselineStore(): BaselineStore {
  return {
    async create(baseline) {
      if (!(await claimName(baseline))) return 'name-taken';
      await inBatches(baseline.rollups, (rollup) =>
        withStorageRetry(() => kvs.set(kvsKeys.baselineRollup(baseline.id, rollup.project.key), { version: 1, rollup })),
      );
      await kvs.set(kvsKeys.baseline(baseline.id), { version: 1, summary: summaryOf(baseline) }, { keyPolicy: 'FAIL_IF_EXISTS' });
      return 'created';
    },
    async list() {
      const rows = await queryByPrefix(kvsKeys.baselinePrefix);
      return rows
        .flatMap((row) => {
          const parsed = storedSummarySchema.safeParse(row.value);
          return parsed.success ? [parsed.data.summary] : [];
        })
        .reverse();
    },
    loadSummary: readSummary,
    async loadRollup(id, projectKey) {
      const parsed = storedRollupSchema.safeParse(await kvs.get(kvsKeys.baselineRollup(id, projectKey)));
      return parsed.success && parsed.data.rollup.project.key === projectKey ? parsed.data.rollup : null;
    },
    async remove(id) {
      const summary = await readSummary(id);
      if (summary === null) return null;
      // The summary goes first, so the baseline leaves every list at once; the rest is then unreachable.
      await kvs.delete(kvsKeys.baseline(id));
      await inBatches(summary.projectKeys, (key) => withStorageRetry(() => kvs.delete(kvsKeys.baselineRollup(id, key))));
      const key = nameKey(summary.name);
      const held = claimSchema.safeParse(await kvs.get(key));
      if (held.success && held.data.id === id) await kvs.delete(key);
      return summary;
    },
  };
}
