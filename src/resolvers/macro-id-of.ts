import { z } from 'zod';

const contextSchema = z.object({ localId: z.string().min(1) });

/**
 * The macro instance a call comes from (Forge's `localId` in the resolver context), made safe for a storage key;
 * `page` when the call carries none (a call from outside a macro).
 *
 * @example
 * macroIdOf({ localId: 'a1b2-c3' }); // 'a1b2-c3'
 */
export function macroIdOf(context: unknown): string {
  const parsed = contextSchema.safeParse(context);
  if (!parsed.success) return 'page';
  return parsed.data.localId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200);
}
