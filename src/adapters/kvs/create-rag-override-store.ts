import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { overrideRags, ragOverrideTargets, type RagOverride } from '../../domain/rag-override/rag-override';
import type { RagOverrideStore } from '../../ports/rag-override-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';

const ragOverrideSchema = z.object({
  projectKey: z.string(),
  target: z.enum(ragOverrideTargets),
  rag: z.enum(overrideRags),
  reason: z.string(),
  expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  setBy: z.object({ accountId: z.string(), displayName: z.string() }),
  setAt: z.string(),
}) satisfies z.ZodType<RagOverride>;

function parseAll(values: readonly unknown[]): RagOverride[] {
  return values.flatMap((value) => {
    const parsed = ragOverrideSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Manual colour overrides in Forge storage, one key per project and target (`rag-override:<KEY>:<target>`). */
export function createRagOverrideStore(): RagOverrideStore {
  return {
    async list(projectKey) {
      return parseAll((await queryByPrefix(kvsKeys.ragOverridesOf(projectKey))).map((row) => row.value));
    },
    async listAll() {
      return parseAll((await queryByPrefix(kvsKeys.ragOverridePrefix)).map((row) => row.value));
    },
    async put(override) {
      const key = kvsKeys.ragOverride(override.projectKey, override.target);
      const previous = ragOverrideSchema.safeParse(await kvs.get(key));
      await kvs.set(key, override);
      return previous.success ? previous.data : null;
    },
    async remove(projectKey, target) {
      const key = kvsKeys.ragOverride(projectKey, target);
      const previous = ragOverrideSchema.safeParse(await kvs.get(key));
      if (!previous.success) return null;
      await kvs.delete(key);
      return previous.data;
    },
  };
}
