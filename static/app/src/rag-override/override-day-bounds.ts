import { MAX_OVERRIDE_DAYS } from '../../../../src/domain/rag-override/check-rag-override';

/** The first and last day (`yyyy-mm-dd`, UTC, as the app counts) an override set now may run until. */
export interface OverrideDayBounds {
  readonly min: string;
  readonly max: string;
}

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The days an override's "Applies until" may take: from today to `MAX_OVERRIDE_DAYS` ahead, counted in UTC like the
 * app, so the date input offers exactly what the app accepts.
 *
 * @example
 * overrideDayBounds(Date.parse('2026-11-21T23:30:00.000Z')); // => { min: '2026-11-21', max: '2027-02-19' }
 */
export function overrideDayBounds(nowMs: number): OverrideDayBounds {
  return { min: dayOf(nowMs), max: dayOf(nowMs + MAX_OVERRIDE_DAYS * 86_400_000) };
}
