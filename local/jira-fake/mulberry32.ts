/**
 * A tiny seeded pseudo-random generator (mulberry32), so that injected faults repeat exactly from one run to the next.
 *
 * @example
 * const next = mulberry32(42);
 * next(); // the same number in [0, 1) on every run seeded with 42
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
