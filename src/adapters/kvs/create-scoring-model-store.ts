import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { scoringModelSchema } from '../../domain/intake/scoring-model-schema';
import type { ScoringModelStore } from '../../ports/scoring-model-store';
import type { StoredScoringModel } from '../../ports/stored-scoring-model';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { isKeyConflict } from './is-key-conflict';

const storedSchema: z.ZodType<StoredScoringModel> = z.object({
  model: scoringModelSchema,
  savedAt: z.string(),
  savedBy: z.string(),
  savedByName: z.string().exactOptional(),
});

/** The stored versions that still read, in key order; one written by an older release that no longer parses is skipped. */
async function readVersions(prefix: string): Promise<StoredScoringModel[]> {
  return (await queryByPrefix(prefix)).flatMap((row) => {
    const parsed = storedSchema.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The PMO's scoring models over Forge's key-value store, as templates are kept: each version its own key
 * (`scoring-model:<id>:v000001`) written with FAIL_IF_EXISTS, so of two admins saving over one version the second
 * gets `conflict`; an import writes its versions in one transaction (all or none; no key policy, which Forge does not
 * document for transactions, so an import writes over a version saved between its read and its write). Every model is validated whole as it is written and
 * read.
 */
export function createScoringModelStore(): ScoringModelStore {
  return {
    async listModels() {
      const latest = new Map<string, StoredScoringModel>();
      // Keys sort by id and then by zero-padded version, so the last one seen per id is its latest version.
      for (const stored of await readVersions(kvsKeys.scoringModelPrefix)) latest.set(stored.model.id, stored);
      return [...latest.values()];
    },
    async loadModel(id) {
      return (await readVersions(kvsKeys.scoringModelVersionsPrefix(id))).at(-1) ?? null;
    },
    async addModelVersion(stored) {
      const checked = storedSchema.parse(stored);
      try {
        await kvs.set(kvsKeys.scoringModelVersion(checked.model.id, checked.model.version), checked, { keyPolicy: 'FAIL_IF_EXISTS' });
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
    async addModelVersions(stored) {
      const checked = stored.map((one) => storedSchema.parse(one));
      // One transaction: Forge applies every write in it or none, so an import never leaves half its models behind.
      // Forge documents no key policy for a transaction's writes (only a time to live), so none is sent.
      const transaction = kvs.transact();
      for (const one of checked) transaction.set(kvsKeys.scoringModelVersion(one.model.id, one.model.version), one);
      await transaction.execute();
    },
  };
}
