import { z } from 'zod';
import { pendingChangeStore } from '../adapters/kvs/pending-change-store';
import { scheduleSweep } from './schedule-sweep';

const issueEventSchema = z.object({
  eventType: z.string().optional(),
  issue: z.object({
    id: z.string().optional(),
    key: z.string(),
    fields: z
      .object({ project: z.object({ key: z.string() }) })
      .partial()
      .optional(),
  }),
});

/**
 * Makes the trigger for issue created, updated or deleted, on `now`: it keeps the change as pending (which marks the
 * project stale for the pages) and makes sure a sweep is queued. Nothing is read here: the sweep reads the changes of
 * every project together once a few have gathered (see scheduleSweep), and events that arrive late or out of order
 * change nothing, since the sweep reads what Jira holds when it runs. A deleted issue's id is all its sweep needs.
 */
export function createIssueEvent(now: () => Date): (event: unknown) => Promise<void> {
  return async (event) => {
    const parsed = issueEventSchema.safeParse(event);
    if (!parsed.success) {
      console.warn('Ignored an issue event without an issue key', parsed.error.issues[0]?.message);
      return;
    }
    const { issue, eventType } = parsed.data;
    const projectKey = issue.fields?.project?.key ?? issue.key.slice(0, Math.max(0, issue.key.lastIndexOf('-')));
    if (projectKey === '') return;
    const at = now();
    // Events carry the issue id; the key stands in for it on the rare event without one (ids and keys never collide).
    await pendingChangeStore.record({
      projectKey,
      issueId: issue.id ?? issue.key,
      issueKey: issue.key,
      at: at.toISOString(),
      deleted: eventType === 'avi:jira:deleted:issue' && issue.id !== undefined,
    });
    await scheduleSweep(at);
  };
}

/** The trigger Forge runs, on Forge's clock. */
export const issueEvent = createIssueEvent(() => new Date());
