/** The instants a report looks back over, in milliseconds since the epoch; `end` is the report's "now". */
export interface ReportWindow {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Whether an ISO 8601 instant (Jira writes `+0000` offsets) falls in the window, both ends included.
 *
 * @example
 * inWindow('2026-11-10T12:00:00.000+0000', { startMs: Date.parse('2026-11-06T12:00Z'), endMs: Date.parse('2026-11-20T12:00Z') }); // true
 */
export function inWindow(instant: string | null, window: ReportWindow): boolean {
  if (instant === null) return false;
  const ms = Date.parse(instant);
  return Number.isFinite(ms) && ms >= window.startMs && ms <= window.endMs;
}
