import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { defaultPointsBudgetSetting, jiraPlans } from '../../domain/points/points-budget-setting';
import { pointsSpenders, type PointsSpend } from '../../domain/points/points-spend';
import type { PointsLedger } from '../../ports/points-ledger';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';
import { queryByPrefix } from './query-by-prefix';

const spendSchema = z.object({ at: z.iso.datetime(), spender: z.enum(pointsSpenders), points: z.number().int().min(0), requests: z.number().int().min(0) });

/** The setting as stored and as resolvers accept it: the one schema for both. */
export const pointsBudgetSettingSchema = z.discriminatedUnion('tier', [
  z.object({ tier: z.literal('tier1') }),
  z.object({ tier: z.literal('tier2'), plan: z.enum(jiraPlans), users: z.number().int().min(0).max(10_000_000) }),
  z.object({ tier: z.literal('custom'), pointsPerHour: z.number().int().min(100).max(10_000_000) }),
]);

/** Spending is kept two days: enough for "today" and the last hour, and it expires by itself. */
const KEEP_SPENDS = { value: 2, unit: 'DAYS' } as const;

const HOUR_MS = 3_600_000;

/** The `yyyy-mm-ddTHH` prefixes of every UTC hour from `fromMs` to `toMs`. */
function hourPrefixes(fromMs: number, toMs: number): string[] {
  const prefixes: string[] = [];
  for (let hour = Math.floor(fromMs / HOUR_MS) * HOUR_MS; hour <= toMs; hour += HOUR_MS) prefixes.push(new Date(hour).toISOString().slice(0, 13));
  return prefixes;
}

/** The points ledger in Forge storage: one small value per invocation that spent points, found by its hour. */
export function createPointsLedger(): PointsLedger {
  return {
    async record(spend, invocationId) {
      if (spend.points === 0 && spend.requests === 0) return;
      const at = new Date(spend.atMs).toISOString();
      await withStorageRetry(() =>
        kvs.set(kvsKeys.pointsSpend(at, invocationId), { at, spender: spend.spender, points: spend.points, requests: spend.requests }, { ttl: KEEP_SPENDS }),
      );
    },
    async spendsBetween(fromMs, toMs) {
      const spends: PointsSpend[] = [];
      for (const prefix of hourPrefixes(fromMs, toMs)) {
        for (const { value } of await queryByPrefix(kvsKeys.pointsSpendPrefix(prefix))) {
          const parsed = spendSchema.safeParse(value);
          if (!parsed.success) continue;
          const atMs = Date.parse(parsed.data.at);
          if (atMs >= fromMs && atMs <= toMs) spends.push({ atMs, spender: parsed.data.spender, points: parsed.data.points, requests: parsed.data.requests });
        }
      }
      return spends;
    },
    async loadSetting() {
      const parsed = pointsBudgetSettingSchema.safeParse(await kvs.get(kvsKeys.pointsBudgetSetting));
      return parsed.success ? parsed.data : defaultPointsBudgetSetting;
    },
    async saveSetting(setting) {
      await kvs.set(kvsKeys.pointsBudgetSetting, pointsBudgetSettingSchema.parse(setting));
    },
  };
}
