import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { FirstReadPlan } from '../../ports/first-read-plan';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';

const planSchema = z.object({
  startedAt: z.iso.datetime(),
  /** Jira's approximate count of each project's issues when its first read was planned. */
  issuesByProject: z.record(z.string(), z.number().int().min(0)),
});

/** Where the full job keeps the first-read plan. */
export const firstReadPlanStore = {
  async load(): Promise<FirstReadPlan | null> {
    const parsed = planSchema.safeParse(await kvs.get(kvsKeys.firstReadPlan));
    return parsed.success ? parsed.data : null;
  },
  async save(plan: FirstReadPlan): Promise<void> {
    const value = planSchema.parse(plan);
    await withStorageRetry(() => kvs.set(kvsKeys.firstReadPlan, value));
  },
};
