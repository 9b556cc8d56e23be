// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';
import type { Envelope } from '../../../../src/contract/envelope';
import type { ResolverState } from './resolver-state';

// The bridge hands back whatever the function returned, so the shape is checked before it is trusted.
const envelopeShapeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string(), retryAfterSeconds: z.optional(z.number()) }) }),
]);

/** The message shown when a resolver answers with something that is not an envelope. */
export const malformedEnvelopeMessage =
  'The app answered in a form this page does not understand. Reload the page; if it persists, tell your Jira administrator.';

/**
 * Turns a resolver's envelope into the state a surface renders: the data when `ok`, the resolver's own message and
 * code when not.
 *
 * @example
 * unwrapEnvelope({ ok: true, data: 3 }); // => { state: 'ready', data: 3 }
 * unwrapEnvelope({ ok: false, error: { code: 'FORBIDDEN', message: 'No access' } }); // => { state: 'error', message: 'No access', code: 'FORBIDDEN' }
 */
export function unwrapEnvelope<T>(envelope: Envelope<T>): ResolverState<T> {
  if (!envelopeShapeSchema.safeParse(envelope).success) return { state: 'error', message: malformedEnvelopeMessage };
  return envelope.ok ? { state: 'ready', data: envelope.data } : { state: 'error', message: envelope.error.message, code: envelope.error.code };
}
