import { getAppContext } from '@forge/api';

/**
 * What is left of the current Forge invocation's time, in milliseconds, as the runtime counts it. Infinity when the
 * runtime does not say (a tunnel on an old CLI, or code running outside an invocation): callers still bound their
 * waits by their own budget then.
 */
export function invocationTimeLeftMs(): number {
  try {
    const left = getAppContext().invocationRemainingTimeInMillis();
    return Number.isFinite(left) && left >= 0 ? left : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
