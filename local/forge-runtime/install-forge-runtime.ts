/**
 * Installs the two globals the real Forge SDKs call (`__forge_fetch__` and `__forge_runtime__`), so @forge/api,
 * @forge/kvs, @forge/events and @forge/resolver run unchanged on this machine: product calls go to the Jira target,
 * storage calls to the KVS target, queue pushes to the local queue.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ForgeRuntimeTargets } from './forge-runtime-targets';
import { currentInvocation } from './invocation-scope';

export const LOCAL_APP_ID = '6b1c5a52-3f0e-4d8a-9c41-2d7e9f0a1b23';
export const LOCAL_ENVIRONMENT_ID = 'local-development';
export const LOCAL_CLOUD_ID = 'local-cloud-0001';

const fetchMetaSchema = z.object({
  type: z.string(),
  provider: z.string().optional(),
  remote: z.string().optional(),
  accountId: z.string().optional(),
});

const pushRequestSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().optional(),
      concurrency: z.object({ key: z.string().min(1), limit: z.number().int().positive() }).optional(),
    }),
  ),
});

interface FetchInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

const noopMetrics = {
  counter: () => ({ incr: () => undefined, decr: () => undefined }),
  timing: () => ({ measure: () => ({ stop: () => undefined }) }),
  gauge: () => ({ set: () => undefined }),
};

function headersOf(init: FetchInit | undefined): Record<string, string> {
  const raw = init?.headers;
  if (raw === undefined || raw === null) return {};
  const entries = raw instanceof Headers ? [...raw.entries()] : Object.entries(raw as Record<string, unknown>);
  return Object.fromEntries(entries.map(([k, v]) => [k.toLowerCase(), String(v)]));
}

function bodyOf(init: FetchInit | undefined): string | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new TypeError('The local Forge runtime accepts string or byte request bodies only.');
}

function proxyError(status: number, reason: string): Response {
  return new Response(JSON.stringify({ message: reason }), { status, headers: { 'forge-proxy-error': reason } });
}

function runtimeSnapshot() {
  const invocation = currentInvocation();
  return {
    proxy: { token: 'local-token', url: 'http://localhost' },
    tracing: { traceId: randomUUID().replaceAll('-', ''), spanId: randomUUID().slice(0, 16) },
    metrics: noopMetrics,
    appContext: {
      appId: LOCAL_APP_ID,
      appVersion: '0.1.0',
      environmentId: LOCAL_ENVIRONMENT_ID,
      environmentType: 'DEVELOPMENT',
      invocationId: invocation?.invocationId ?? 'outside-invocation',
      installationId: 'local-installation',
      moduleKey: invocation?.moduleKey ?? 'none',
      license: { isActive: true },
      installation: { id: 'local-installation' },
      permissions: { scopes: ['read:jira-work', 'read:jira-user', 'storage:app'], external: {} },
    },
    lambdaContext: {
      getRemainingTimeInMillis: () => (invocation ? Math.max(0, invocation.deadline - Date.now()) : Number.MAX_SAFE_INTEGER),
    },
  };
}

export function installForgeRuntime(targets: ForgeRuntimeTargets): void {
  const forgeFetch = async (rawMeta: unknown, path: string, init?: FetchInit): Promise<Response> => {
    const meta = fetchMetaSchema.parse(rawMeta);
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = headersOf(init);
    const body = bodyOf(init);
    if (meta.type === 'kvs') return targets.kvs(path, body);
    if (meta.type !== 'fpp') return proxyError(501, `UNSUPPORTED_${meta.type.toUpperCase()}`);
    if (meta.remote === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
      const push = pushRequestSchema.parse(JSON.parse(body ?? '{}'));
      await targets.queue(push.queueName, push.payload, push.jobId);
      return new Response(null, { status: 201 });
    }
    const target = meta.remote === 'jira' ? targets.jira : meta.remote === 'confluence' ? targets.confluence : undefined;
    if (!target) return proxyError(501, `UNSUPPORTED_REMOTE_${String(meta.remote)}`);
    let accountId: string | null = null;
    if (meta.provider === 'user') {
      // asUser() with no id acts as the invoking user; with no user behind the invocation Forge refuses the call.
      accountId = meta.accountId ?? currentInvocation()?.accountId ?? null;
      if (accountId === null) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
    }
    return target({ method, path, headers, body, accountId });
  };
  const globals = globalThis as Record<string, unknown>;
  globals.__forge_fetch__ = forgeFetch;
  Object.defineProperty(globalThis, '__forge_runtime__', { configurable: true, get: runtimeSnapshot });
}
