import { z } from 'zod';
import { errorCodes } from '../../src/contract/error-code';

/** Parses a resolver's envelope at the CLI's boundary, with `data` checked by the given schema. */
export function envelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
  ]);
}
