/**
 * Divides, answering null instead of Infinity or NaN, so that an indicator with no denominator (no planned value, no
 * cost yet) reads as "no data" and stays JSON-serialisable.
 *
 * @example
 * safeDivide(35_000, 40_000); // 0.875
 * safeDivide(35_000, 0);      // null
 * safeDivide(0, -5);          // 0 (not -0)
 */
export function safeDivide(numerator: number, denominator: number): number | null {
  if (denominator === 0) {
    return null;
  }
  const quotient = numerator / denominator;
  if (!Number.isFinite(quotient)) {
    return null;
  }
  // 0 / -1 is -0, which JSON writes as 0: answering +0 keeps a stored snapshot equal to the computed one.
  return quotient === 0 ? 0 : quotient;
}
