import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { kvsKeys } from '../adapters/kvs/kvs-keys';

const issueEventSchema = z.object({
  eventType: z.string().optional(),
  issue: z.object({
    id: z.string().optional(),
    key: z.string(),
    fields: z.object({ project: z.object({ key: z.string() }) }).partial().optional(),
  }),
});

/**
 * Issue created, updated or deleted: mark the project stale and queue an incremental refresh of it.
 * Product events may arrive minutes late; the refresh reads what changed since its last run, so order does not matter.
 */
export async function issueEvent(event: unknown): Promise<void> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignored an issue event without an issue key', parsed.error.issues[0]?.message);
    return;
  }
  const projectKey = parsed.data.issue.fields?.project?.key ?? parsed.data.issue.key.split('-')[0];
  if (projectKey === undefined || projectKey === '') return;
  const requestedAt = new Date().toISOString();
  await kvs.set(kvsKeys.staleProject(projectKey), { since: requestedAt, lastIssueKey: parsed.data.issue.key });
  // A deleted issue no longer answers searches: its id tells the incremental refresh what to drop.
  const deletedId = parsed.data.eventType === 'avi:jira:deleted:issue' ? parsed.data.issue.id : undefined;
  await pushRefreshJobs([{ kind: 'incremental', projectKey, requestedAt, ...(deletedId === undefined ? {} : { removedIssueIds: [deletedId] }) }]);
}
