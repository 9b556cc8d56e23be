import type { Brand } from '../ids/brand';

/**
 * A calendar quarter written `yyyy-Qn` (`2027-Q1` is January to March 2027), years 1000 to 9999 as calendar days are.
 * Written this way, quarters sort in time order as plain strings. Made only by `parseQuarter`, `quarterOf` and
 * `nextQuarter`.
 */
export type Quarter = Brand<string, 'Quarter'>;
