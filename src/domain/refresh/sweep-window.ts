import { SWEEP_TIMING } from './sweep-timing';

/** Which updates a sweep reads: `updated >= fromMs AND updated < toMs`, both on whole minutes (JQL's precision). */
export interface SweepWindow {
  readonly fromMs: number;
  readonly toMs: number;
}

const MINUTE_MS = 60_000;

/**
 * The window a sweep at `nowMs` reads after an earlier one ended at `cursorMs`: from the cursor (down to its minute) to
 * the start of the minute `settleMs` ago. Successive windows meet exactly, so every update is read once; null when
 * the window would be empty (the last sweep was moments ago).
 *
 * @example
 * sweepWindow(Date.parse('2026-12-03T10:00:00Z'), Date.parse('2026-12-03T10:30:40Z'));
 * // { fromMs: Date.parse('2026-12-03T10:00:00Z'), toMs: Date.parse('2026-12-03T10:25:00Z') }
 */
export function sweepWindow(cursorMs: number, nowMs: number): SweepWindow | null {
  const fromMs = Math.floor(cursorMs / MINUTE_MS) * MINUTE_MS;
  const toMs = Math.floor((nowMs - SWEEP_TIMING.settleMs) / MINUTE_MS) * MINUTE_MS;
  return toMs > fromMs ? { fromMs, toMs } : null;
}
