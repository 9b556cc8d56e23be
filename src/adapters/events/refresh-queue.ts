import { Queue } from '@forge/events';
import { z } from 'zod';

/** The queue named in manifest.yml whose consumer runs refresh jobs. */
export const REFRESH_QUEUE_KEY = 'portfolio-refresh';

export const refreshJobBodySchema = z.discriminatedUnion('kind', [
  /**
   * Every project: daily and manual read what changed and check each project's count for drift; reread (an admin's
   * deliberate action) reads every issue again.
   */
  z.object({ kind: z.literal('full'), reason: z.enum(['daily', 'manual', 'reread']), requestedAt: z.string() }),
  /**
   * Read the changes of every held project since the last sweep, in one search (queued by issue events once a few
   * changes have gathered, and by the daily job, which then checks every project's count). Only the sweep whose
   * `dueAt` is the one stored runs; it waits (re-queuing itself) until then.
   */
  z.object({ kind: z.literal('sweep'), dueAt: z.iso.datetime(), daily: z.boolean().optional() }),
  /** An issue changed (jobs queued before changes were swept): read what changed in the project since its last refresh. */
  z.object({ kind: z.literal('incremental'), projectKey: z.string(), requestedAt: z.string(), removedIssueIds: z.array(z.string()).max(50).optional() }),
  /**
   * One project's refresh, queued by a full job (which carries the project as it listed it, so the job need not look
   * it up again) or re-queued by a project refresh that ran out of time. `stored` reads nothing from Jira: the daily
   * job re-computes the roll-up and keeps the day's snapshot from the stored items (with a drift check when asked).
   */
  z.object({
    kind: z.literal('project'),
    projectKey: z.string(),
    mode: z.enum(['full', 'incremental', 'stored']),
    requestedAt: z.string(),
    project: z.object({ name: z.string(), category: z.string().nullable(), leadId: z.string().nullable() }).optional(),
    /** Deleted issues an incremental refresh must still drop when it continues after running out of time. */
    removedIssueIds: z.array(z.string()).max(50).optional(),
    /** After an incremental read, compare the project's count with Jira's and reconcile it if it drifted. */
    checkDrift: z.boolean().optional(),
  }),
]);

export type RefreshJobBody = z.infer<typeof refreshJobBodySchema>;

/**
 * At most this many project refreshes run at once. Each one writes its project's work items to storage; a whole
 * portfolio at once would spend Forge's per-minute storage write quota in seconds, while four at a time spread the
 * same writes over minutes (and leave the quota to the app's other work).
 */
export const PROJECT_JOB_CONCURRENCY = { key: 'refresh-project-jobs', limit: 4 } as const;

/** Forge delays an async event by at most 15 minutes. */
export const MAX_QUEUE_DELAY_SECONDS = 900;

/**
 * Pushes refresh jobs (at most 50 per push, as Forge allows), after `delayInSeconds` (at most Forge's 900) when
 * given; project and incremental jobs share the concurrency limit.
 */
export async function pushRefreshJobs(jobs: readonly RefreshJobBody[], delayInSeconds = 0): Promise<void> {
  const queue = new Queue({ key: REFRESH_QUEUE_KEY });
  const delay = Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil(delayInSeconds)));
  const delayed = delay > 0 ? { delayInSeconds: delay } : {};
  for (let i = 0; i < jobs.length; i += 50) {
    await queue.push(
      jobs
        .slice(i, i + 50)
        .map((body) =>
          body.kind === 'full' || body.kind === 'sweep' ? { body, ...delayed } : { body, ...delayed, concurrency: { ...PROJECT_JOB_CONCURRENCY } },
        ),
    );
  }
}
