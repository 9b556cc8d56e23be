// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';

const contextEntitySchema = z.looseObject({ key: z.string().check(z.minLength(1)), id: z.optional(z.string()) });

/**
 * The part of Forge's view context (`view.getContext()`) the UI relies on. Loose, because Forge adds fields over time
 * and each product puts different ones under `extension`.
 */
export const forgeContextSchema = z.looseObject({
  accountId: z.optional(z.string()),
  moduleKey: z.string().check(z.minLength(1)),
  extension: z._default(
    z.looseObject({
      type: z.optional(z.string()),
      issue: z.optional(contextEntitySchema),
      project: z.optional(contextEntitySchema),
      config: z.optional(z.unknown()),
    }),
    {},
  ),
});

export type ForgeContext = z.infer<typeof forgeContextSchema>;
