/** A clock that moves only when told: the local runtime replays hours of queued work in moments. */
export interface SimulatedClock {
  readonly now: () => Date;
  /** Moves the clock forward to `ms` (never back). */
  advanceTo(ms: number): void;
  advanceBy(ms: number): void;
}

/**
 * Makes a simulated clock starting at `start`.
 *
 * @example
 * const clock = createSimulatedClock(new Date('2026-12-03T18:00:00Z'));
 * clock.advanceBy(3_600_000); // clock.now() is 19:00
 */
export function createSimulatedClock(start: Date): SimulatedClock {
  let ms = start.getTime();
  return {
    now: () => new Date(ms),
    advanceTo(target) {
      ms = Math.max(ms, target);
    },
    advanceBy(delta) {
      ms += Math.max(0, delta);
    },
  };
}
