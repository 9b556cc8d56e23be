import { MAX_OVERRIDE_REASON, MIN_OVERRIDE_REASON } from './override-limits';

/**
 * What is wrong with a (tidied) override reason, in words for the person typing it; null when it will do.
 *
 * @example
 * overrideReasonProblem('because'); // 'Say why the colour is set by hand: at least 10 characters.'
 */
export function overrideReasonProblem(reason: string): string | null {
  if (reason.length < MIN_OVERRIDE_REASON) return `Say why the colour is set by hand: at least ${String(MIN_OVERRIDE_REASON)} characters.`;
  if (reason.length > MAX_OVERRIDE_REASON) return `The reason is at most ${String(MAX_OVERRIDE_REASON)} characters; this one has ${String(reason.length)}.`;
  return null;
}
