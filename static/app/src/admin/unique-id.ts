/**
 * `base`, or `base-2`, `base-3`... whichever is not taken yet.
 *
 * @example
 * uniqueId('owner', ['owner']); // 'owner-2'
 */
export function uniqueId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${String(n)}`;
    if (!used.has(candidate)) return candidate;
  }
}
