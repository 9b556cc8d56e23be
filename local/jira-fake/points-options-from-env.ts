import { z } from 'zod';
import type { PointsOptions } from './points-options';

const positiveInt = z.coerce.number().int().min(1);

const tierSchema = z.enum(['1', '2']).transform((tier) => (tier === '1' ? 1 : 2));

function read<T>(env: NodeJS.ProcessEnv, variable: string, schema: z.ZodType<T>): T | undefined {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`${variable}=${raw} is not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

/**
 * Reads the fake's points settings from the environment: PMO_FAKE_POINTS_TIER (1 or 2) or PMO_FAKE_POINTS_QUOTA
 * enforce an hourly quota, PMO_FAKE_PLAN and PMO_FAKE_USERS shape tier 2's, PMO_FAKE_BURST_PER_SECOND enforces the
 * burst limit. Unset or empty variables are left out; a bad value, or a plan or user count without tier 2, fails
 * loudly, naming the variable, rather than silently running under another quota.
 *
 * @example
 * pointsOptionsFromEnv({ PMO_FAKE_POINTS_TIER: '2', PMO_FAKE_PLAN: 'premium' }); // { tier: 2, plan: 'premium' }
 */
export function pointsOptionsFromEnv(env: NodeJS.ProcessEnv): PointsOptions {
  const tier = read(env, 'PMO_FAKE_POINTS_TIER', tierSchema);
  const quota = read(env, 'PMO_FAKE_POINTS_QUOTA', positiveInt);
  const plan = read(env, 'PMO_FAKE_PLAN', z.enum(['standard', 'premium', 'enterprise']));
  const users = read(env, 'PMO_FAKE_USERS', z.coerce.number().int().min(0));
  const burstPerSecond = read(env, 'PMO_FAKE_BURST_PER_SECOND', positiveInt);
  for (const [variable, value] of [
    ['PMO_FAKE_PLAN', plan],
    ['PMO_FAKE_USERS', users],
  ] as const) {
    if (value !== undefined && tier !== 2) throw new Error(`${variable} applies to tier 2 quotas only: set PMO_FAKE_POINTS_TIER=2 with it.`);
  }
  return {
    ...(tier === undefined ? {} : { tier }),
    ...(quota === undefined ? {} : { quota }),
    ...(plan === undefined ? {} : { plan }),
    ...(users === undefined ? {} : { users }),
    ...(burstPerSecond === undefined ? {} : { burstPerSecond }),
  };
}
