/**
 * Runs a full garbage collection when Node was started with `--expose-gc`, so a phase's peak heap does not carry
 * the previous phase's garbage; without the flag it does nothing.
 *
 * @returns whether a collection ran.
 */
export function collectGarbage(): boolean {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') return false;
  Reflect.apply(gc, globalThis, []);
  return true;
}
