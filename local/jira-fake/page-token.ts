import { createHash } from 'node:crypto';
import { z } from 'zod';

const tokenSchema = z.object({ o: z.int().min(0), f: z.string() });

/** A short fingerprint of what a token belongs to (the query and the viewer), so a token cannot page another query. */
function fingerprint(scope: string): string {
  return createHash('sha256').update(scope).digest('hex').slice(0, 16);
}

/**
 * Opaque continuation tokens, as Jira's nextPageToken: they carry the next offset and are bound to the query and
 * viewer they were issued for.
 *
 * @example
 * const token = pageToken.encode(100, 'project = PMO|alice');
 * pageToken.decode(token, 'project = PMO|alice'); // 100
 */
export const pageToken = {
  encode(offset: number, scope: string): string {
    return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(scope) })).toString('base64url');
  },
  /** The offset a token stands for, or null when it is not one of ours or belongs to another query. */
  decode(token: string, scope: string): number | null {
    try {
      const parsed = tokenSchema.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
      return parsed.success && parsed.data.f === fingerprint(scope) ? parsed.data.o : null;
    } catch {
      return null;
    }
  },
};
