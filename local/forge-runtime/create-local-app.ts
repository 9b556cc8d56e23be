/**
 * The app as Forge would run it, on this machine: the real SDKs, the app's own handlers from src/index.ts,
 * the Jira fake (or a real site, read-only), a file-backed KVS and a local queue.
 */
import * as appHandlers from '../../src/index';
import { createJiraFake, type JiraFake, type JiraFakeOptions } from '../jira-fake/create-jira-fake';
import { fakeOptionsFromEnv } from '../jira-fake/fake-options-from-env';
import { createKvsStore, type KvsStore } from '../kvs-store/create-kvs-store';
import type { SiteFile } from '../site/site-file-schema';
import type { ProductTarget } from './forge-runtime-targets';
import { installForgeRuntime, LOCAL_CLOUD_ID } from './install-forge-runtime';
import { jsonByteLength } from './json-byte-length';
import { RESOLVER_TIMEOUT_MS, runInInvocation } from './invocation-scope';
import { createLocalQueue, type ConsumerEvent, type LocalQueue } from './local-queue';
import type { SimulatedClock } from './create-simulated-clock';
import { createSimulatedQueue, type SimulatedQueue } from './create-simulated-queue';
import { createRefreshJob } from '../../src/triggers/refresh-job';
import { createDailySnapshot } from '../../src/triggers/daily-snapshot';
import { createIssueEvent } from '../../src/triggers/issue-event';
import { createResolverDeps } from '../../src/resolvers/create-resolver-deps';
import { createResolverHandler } from '../../src/resolvers/create-resolver-handler';
import { realJiraTarget, type RealJiraConfig } from './real-jira-target';

export interface LocalAppOptions {
  readonly site?: SiteFile;
  readonly realJira?: RealJiraConfig;
  /** KVS folder; null keeps storage in memory. */
  readonly dataDir: string | null;
  /** The fake's clock, faults, points limits and traffic log; without them, the PMO_FAKE_* environment variables. */
  readonly fakeOptions?: JiraFakeOptions;
  /** Storage refuses every n-th write with 429 RATE_LIMIT_EXCEEDED, as over Forge's storage quota (fault tests). */
  readonly storageRateLimitEveryNthWrite?: number;
  /**
   * Simulated time: the resolvers, the triggers, the refresh jobs, the fake (unless its options name another clock) and the queue all read this
   * clock, and the queue runs one job at a time, moving the clock to each delayed job's time. Hours of paced reading
   * then pass in moments.
   */
  readonly clock?: SimulatedClock;
}

export interface InvokeRequest {
  readonly functionKey: string;
  readonly payload: unknown;
  readonly accountId: string;
  readonly moduleKey: string;
  readonly extension: Readonly<Record<string, unknown>>;
}

export interface LocalApp {
  readonly fake: JiraFake | null;
  readonly store: KvsStore;
  readonly queue: LocalQueue;
  /** The queue on simulated time, when the app was made with a clock. */
  readonly simulatedQueue: SimulatedQueue | null;
  /** Runs the app's resolver exactly as Forge calls it, as `accountId`; answers the resolver's JSON result. */
  invokeResolver(request: InvokeRequest): Promise<unknown>;
  /** Delivers a Jira issue event to the app's product trigger, as Forge does (no user behind it). */
  deliverIssueEvent(event: Record<string, unknown>): Promise<void>;
  /** Fires the daily scheduled trigger. */
  fireDailySnapshot(): Promise<void>;
  close(): Promise<void>;
}

/** Forge's limits on one invocation's payload and on its answer. */
const MAX_PAYLOAD_BYTES = 500 * 1024;
const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
const ASYNC_TIMEOUT_MS = 900_000;

function fakeTarget(fake: JiraFake): ProductTarget {
  return (request) =>
    fake.handle({
      method: request.method,
      path: request.path,
      headers: request.headers,
      accountId: request.accountId,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
}

export function createLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const clock = options.clock;
  const fakeOptions = options.fakeOptions ?? fakeOptionsFromEnv(process.env);
  const fake = options.site
    ? createJiraFake(options.site, clock === undefined || fakeOptions.now !== undefined ? fakeOptions : { ...fakeOptions, now: clock.now })
    : null;
  let jira: ProductTarget;
  if (fake) jira = fakeTarget(fake);
  else if (options.realJira) jira = realJiraTarget(options.realJira);
  else throw new Error('The local app needs a site file or a real Jira site to run against.');

  const store = createKvsStore(
    options.storageRateLimitEveryNthWrite === undefined
      ? { dir: options.dataDir }
      : { dir: options.dataDir, rateLimitEveryNthWrite: options.storageRateLimitEveryNthWrite },
  );
  const refreshJob = clock === undefined ? appHandlers.refreshJob : createRefreshJob(clock.now);
  const resolver = clock === undefined ? appHandlers.resolver : createResolverHandler(createResolverDeps(clock.now));
  const deliver = (event: ConsumerEvent): Promise<void> =>
    runInInvocation({ moduleKey: 'refresh-consumer', accountId: null, timeoutMs: ASYNC_TIMEOUT_MS }, () => refreshJob(event));
  const simulatedQueue = clock === undefined ? null : createSimulatedQueue(deliver, clock);
  const queue: LocalQueue = simulatedQueue ?? createLocalQueue(deliver);
  installForgeRuntime({ jira, kvs: (path, body) => store.handle(path, body), queue: (name, events, jobId) => queue.push(name, events, jobId) });

  return Promise.resolve({
    fake,
    store,
    queue,
    simulatedQueue,
    async invokeResolver(request) {
      const payloadBytes = jsonByteLength(request.payload);
      if (payloadBytes > MAX_PAYLOAD_BYTES) throw new Error(`The invoke payload is ${payloadBytes} bytes; Forge allows ${MAX_PAYLOAD_BYTES}.`);
      const result = await runInInvocation({ moduleKey: request.moduleKey, accountId: request.accountId, timeoutMs: RESOLVER_TIMEOUT_MS }, () =>
        resolver(
          {
            call: { functionKey: request.functionKey, payload: request.payload },
            context: { moduleKey: request.moduleKey, cloudId: LOCAL_CLOUD_ID, extension: request.extension, localId: `local-${request.moduleKey}` },
          },
          { principal: { accountId: request.accountId }, installContext: `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`, license: { isActive: true } },
        ),
      );
      const responseBytes = jsonByteLength(result);
      if (responseBytes > MAX_RESPONSE_BYTES) throw new Error(`The resolver answered ${responseBytes} bytes; Forge allows ${MAX_RESPONSE_BYTES}.`);
      return result;
    },
    deliverIssueEvent(event) {
      return runInInvocation({ moduleKey: 'issue-change-trigger', accountId: null, timeoutMs: RESOLVER_TIMEOUT_MS }, () =>
        clock === undefined ? appHandlers.issueEvent(event) : createIssueEvent(clock.now)(event),
      );
    },
    fireDailySnapshot() {
      return runInInvocation({ moduleKey: 'daily-snapshot', accountId: null, timeoutMs: ASYNC_TIMEOUT_MS }, () =>
        clock === undefined ? appHandlers.dailySnapshot() : createDailySnapshot(clock.now)(),
      );
    },
    async close() {
      await queue.drain();
    },
  });
}
