import { z } from 'zod';
import type { FaultOptions } from './fault-options';

export type { FaultOptions } from './fault-options';

const rate = z.coerce.number().min(0).max(1);
const nonNegative = z.coerce.number().min(0);

const VARIABLES = [
  ['PMO_FAKE_429_RATE', 'rateLimitRate', rate],
  ['PMO_FAKE_RETRY_AFTER', 'retryAfterSeconds', nonNegative],
  ['PMO_FAKE_5XX_RATE', 'serverErrorRate', rate],
  ['PMO_FAKE_LATENCY_MS', 'latencyMs', nonNegative],
  ['PMO_FAKE_RESET_RATE', 'connectionResetRate', rate],
  ['PMO_FAKE_SEED', 'seed', z.coerce.number().int()],
] as const;

/**
 * Reads the fake's fault settings from the environment (PMO_FAKE_429_RATE, PMO_FAKE_RETRY_AFTER, PMO_FAKE_5XX_RATE,
 * PMO_FAKE_LATENCY_MS, PMO_FAKE_RESET_RATE, PMO_FAKE_SEED). Unset or empty variables are left out; a value that is
 * not a number in range fails loudly, naming the variable, rather than silently running without the fault.
 *
 * @example
 * faultOptionsFromEnv({ PMO_FAKE_429_RATE: '0.1', PMO_FAKE_SEED: '7' }); // { rateLimitRate: 0.1, seed: 7 }
 */
export function faultOptionsFromEnv(env: NodeJS.ProcessEnv): FaultOptions {
  const options: FaultOptions = {};
  for (const [variable, option, schema] of VARIABLES) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const parsed = schema.safeParse(raw.trim());
    if (!parsed.success) {
      throw new Error(`${variable}=${raw} is not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    options[option] = parsed.data;
  }
  return options;
}
