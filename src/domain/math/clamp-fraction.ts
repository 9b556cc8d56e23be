/**
 * Keeps a share within 0..1 (a plan cannot be more than complete, nor less than not started).
 *
 * @example
 * clampFraction(1.2);  // 1
 * clampFraction(-0.1); // 0
 */
export function clampFraction(value: number): number {
  return Math.min(1, Math.max(0, value));
}
