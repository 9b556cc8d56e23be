import { Queue } from '@forge/events';
import { z } from 'zod';

/** The queue named in manifest.yml whose consumer runs refresh jobs. */
export const REFRESH_QUEUE_KEY = 'portfolio-refresh';

export const refreshJobBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full'), reason: z.enum(['daily', 'manual']), requestedAt: z.string() }),
  /** An issue changed: read what changed since the last refresh; a deleted issue's id travels with the job. */
  z.object({ kind: z.literal('incremental'), projectKey: z.string(), requestedAt: z.string(), removedIssueIds: z.array(z.string()).max(50).optional() }),
  /**
   * One project's refresh, queued by a full job (which carries the project as it listed it, so the job need not look
   * it up again) or re-queued by a project refresh that ran out of time.
   */
  z.object({
    kind: z.literal('project'),
    projectKey: z.string(),
    mode: z.enum(['full', 'incremental']),
    requestedAt: z.string(),
    project: z.object({ name: z.string(), category: z.string().nullable(), leadId: z.string().nullable() }).optional(),
    /** Deleted issues an incremental refresh must still drop when it continues after running out of time. */
    removedIssueIds: z.array(z.string()).max(50).optional(),
  }),
]);

export type RefreshJobBody = z.infer<typeof refreshJobBodySchema>;

/**
 * At most this many project refreshes run at once. Each one writes its project's work items to storage; a whole
 * portfolio at once would spend Forge's per-minute storage write quota in seconds, while four at a time spread the
 * same writes over minutes (and leave the quota to the app's other work).
 */
export const PROJECT_JOB_CONCURRENCY = { key: 'refresh-project-jobs', limit: 4 } as const;

/** Pushes refresh jobs (at most 50 per push, as Forge allows); project and incremental jobs share the concurrency limit. */
export async function pushRefreshJobs(jobs: readonly RefreshJobBody[]): Promise<void> {
  const queue = new Queue({ key: REFRESH_QUEUE_KEY });
  for (let i = 0; i < jobs.length; i += 50) {
    await queue.push(jobs.slice(i, i + 50).map((body) => (body.kind === 'full' ? { body } : { body, concurrency: { ...PROJECT_JOB_CONCURRENCY } })));
  }
}
