import type { LocalQueue } from '../../local/forge-runtime/local-queue';

const isSweep = (body: unknown): boolean => typeof body === 'object' && body !== null && 'kind' in body && body.kind === 'sweep';

/**
 * Wraps the queue's `push` to count the jobs pushed with a delay: the refresh job defers itself that way when the
 * points budget is spent or Jira refused it for its quota. A sweep is always queued for later (it waits for changes to
 * gather), so a sweep's delay is not counted unless the throttle record says it waited for the budget.
 */
export function countDeferredJobs(queue: LocalQueue): () => number {
  let deferred = 0;
  const push = queue.push.bind(queue);
  queue.push = (queueName, events, jobId) => {
    deferred += events.filter((event) => (event.delayInSeconds ?? 0) > 0 && !isSweep(event.body)).length;
    return push(queueName, events, jobId);
  };
  return () => deferred;
}
