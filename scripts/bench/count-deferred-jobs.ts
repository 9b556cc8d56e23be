import type { LocalQueue } from '../../local/forge-runtime/local-queue';

/**
 * Wraps the queue's `push` to count the jobs pushed with a delay: the refresh job defers itself that way, and only
 * that way, when the points budget is spent or Jira refused it for its quota.
 */
export function countDeferredJobs(queue: LocalQueue): () => number {
  let deferred = 0;
  const push = queue.push.bind(queue);
  queue.push = (queueName, events, jobId) => {
    deferred += events.filter((event) => (event.delayInSeconds ?? 0) > 0).length;
    return push(queueName, events, jobId);
  };
  return () => deferred;
}
