import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';

const planSchema = z.object({
  startedAt: z.iso.datetime(),
  /** Jira's approximate count of each project's issues when its first read was planned. */
  issuesByProject: z.record(z.string(), z.number().int().min(0)),
});

/** Projects read for the first time and how many issues each holds: the "of m" in "n of m issues read". */
export type FirstReadPlan = z.infer<typeof planSchema>;

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
