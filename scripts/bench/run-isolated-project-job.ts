/**
 * Child process of the benchmark: runs ONE project refresh job, as the queue consumer would, in a process of its
 * own against a Jira site served over HTTP (the parent's fake), and prints one JSON line of what it cost
 * (isolatedJobMeasureSchema). Forge gives every invocation its own memory limit; the whole-process figures of the
 * in-process benchmark also hold the fake's site and every other project, so they cannot say what one job needs.
 *
 *   JIRA_BASE_URL=... JIRA_EMAIL=... JIRA_API_TOKEN=... \
 *     node --expose-gc --import tsx scripts/bench/run-isolated-project-job.ts '{"kind":"project",...}'
 */
import { randomUUID } from 'node:crypto';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { runInInvocation } from '../../local/forge-runtime/invocation-scope';
import { realJiraConfigFromEnv } from '../../local/forge-runtime/real-jira-target';
import { REFRESH_QUEUE_KEY, refreshJobBodySchema } from '../../src/adapters/events/refresh-queue';
import { createWorkItemStore } from '../../src/adapters/kvs/create-work-item-store';
import { createPointsLedger } from '../../src/adapters/kvs/create-points-ledger';
import { collectGarbage } from './collect-garbage';
import type { IsolatedJobMeasure } from './isolated-job-measure';
import { UNPACED_SETTING } from './set-bench-points-budget';
import { startHeapSampler } from './start-heap-sampler';

const MB = 1024 * 1024;
const SAMPLE_EVERY_MS = 20;

/** Counts requests to the Jira site at the process's fetch, which the read-only real-site target sends through. */
function countJiraRequests(baseUrl: string): () => number {
  let count = 0;
  const send = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(baseUrl)) count += 1;
    return send(input, init);
  };
  return () => count;
}

async function main(): Promise<void> {
  const body = refreshJobBodySchema.parse(JSON.parse(process.argv[2] ?? 'null'));
  if (body.kind !== 'project') throw new Error(`Expected a project job; got a ${body.kind} job.`);
  if (!collectGarbage()) throw new Error('Run with node --expose-gc: the base heap must be a collected one.');
  const config = realJiraConfigFromEnv(process.env);
  if (config === null) throw new Error('JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN must name the site to read.');
  const jiraRequests = countJiraRequests(config.baseUrl);
  const app = await createLocalApp({ realJira: config, dataDir: null });
  // This measures one invocation's memory and time, not pacing: on the default Tier 1 share a 50,000-issue project
  // would stop after 6,500 points and wait an hour of real time for the next.
  await runInInvocation({ moduleKey: 'benchmark-setup', accountId: null, timeoutMs: 60_000 }, () => createPointsLedger().saveSetting(UNPACED_SETTING));

  // A job that runs out of time re-queues itself: each push after the first is another invocation.
  let invocations = 0;
  const push = app.queue.push.bind(app.queue);
  app.queue.push = (queueName, events, jobId) => {
    invocations += events.length;
    return push(queueName, events, jobId);
  };

  collectGarbage();
  const base = process.memoryUsage();
  const sampler = startHeapSampler(SAMPLE_EVERY_MS);
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let peakHeapBytes = 0;
  try {
    await app.queue.push(REFRESH_QUEUE_KEY, [{ body }], randomUUID());
    await app.queue.drain();
  } finally {
    peakHeapBytes = sampler.stop();
  }
  const wallMs = performance.now() - wallStart;
  const cpu = process.cpuUsage(cpuStart);
  const requests = jiraRequests();
  collectGarbage();
  const retainedBytes = process.memoryUsage().heapUsed - base.heapUsed;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  const failure = app.queue.failures[0];
  if (failure !== undefined) throw new Error(`The project job failed: ${failure.message}`);
  const stored = await runInInvocation({ moduleKey: 'benchmark-check', accountId: null, timeoutMs: 60_000 }, () =>
    createWorkItemStore().loadProjectIssues(body.projectKey),
  );
  if (stored === null) throw new Error(`The project job stored no work items for ${body.projectKey}.`);

  const measure: IsolatedJobMeasure = {
    projectKey: body.projectKey,
    issues: stored.length,
    peakHeapMB: peakHeapBytes / MB,
    heapAddedMB: Math.max(0, peakHeapBytes - base.heapUsed) / MB,
    heapRetainedMB: Math.max(0, retainedBytes) / MB,
    peakRssMB: peakRssBytes / MB,
    baseRssMB: base.rss / MB,
    wallS: wallMs / 1000,
    cpuMs: (cpu.user + cpu.system) / 1000,
    jiraRequests: requests,
    invocations,
  };
  console.log(JSON.stringify(measure));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
