import type { Brand } from '../ids/brand';

/**
 * A moment in time written as ISO 8601 in UTC with milliseconds, `yyyy-mm-ddThh:mm:ss.sssZ` (what
 * `Date.prototype.toISOString` writes): an `asOf`, a `now`, a `takenAt`. One spelling per moment, so two instants compare
 * as strings. Made only by `parseInstant` and `instantOf`.
 */
export type Instant = Brand<string, 'Instant'>;
