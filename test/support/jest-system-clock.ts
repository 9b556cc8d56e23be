import type { SimulatedClock } from '../../local/forge-runtime/create-simulated-clock';

/**
 * A simulated clock that is jest's faked system time, for suites that fake `Date` (jest.useFakeTimers with real
 * timers): the local app's jobs and queue run on it, and when the simulated queue runs a delayed job it moves jest's
 * time forward, so resolvers (which read `Date`) and jobs agree on the time.
 */
export function jestSystemClock(): SimulatedClock {
  return {
    now: () => new Date(),
    advanceTo: (ms) => {
      if (ms > Date.now()) jest.setSystemTime(ms);
    },
    advanceBy: (ms) => {
      jest.setSystemTime(Date.now() + Math.max(0, ms));
    },
  };
}
