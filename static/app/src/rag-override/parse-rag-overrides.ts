// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';
import type { RagOverridesDto } from '../../../../src/contract/rag-override-dto';
import { rags } from '../../../../src/domain/rag';
import { overrideRags, ragOverrideTargets } from '../../../../src/domain/rag-override';

const targetSchema = z.enum(ragOverrideTargets);
const computedSchema = z.object({ rag: z.enum(rags), reason: z.string() });

const ragOverridesSchema = z.object({
  projectKey: z.string(),
  computed: z.object({
    overall: computedSchema,
    schedule: computedSchema,
    scope: computedSchema,
    cost: computedSchema,
    risk: computedSchema,
    compliance: computedSchema,
  }),
  overrides: z.array(
    z.object({
      projectKey: z.string(),
      target: targetSchema,
      rag: z.enum(overrideRags),
      reason: z.string(),
      expiresOn: z.string(),
      setBy: z.object({ accountId: z.string(), displayName: z.string() }),
      setAt: z.string(),
    }),
  ),
  canEdit: z.boolean(),
  asOf: z.nullable(z.string()),
});

/**
 * The project's colours as the app answered them, checked before the page trusts them; null when the answer is not in
 * that form (so the panel says so instead of breaking).
 *
 * @example
 * parseRagOverrides({ projectKey: 'CORE' }); // => null
 */
export function parseRagOverrides(data: unknown): RagOverridesDto | null {
  const parsed = ragOverridesSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
