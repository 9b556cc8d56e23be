/**
 * A file-backed store that speaks the Forge KVS protocol (`POST /api/v1/get|set|delete|query|transaction|batch/*`),
 * so the real @forge/kvs SDK runs against it unchanged. With no folder it keeps everything in memory.
 */
import type { z } from 'zod';
import { jsonByteLength } from '../forge-runtime/json-byte-length';
import type { KvsEntry } from './kvs-entry';
import { KvsFilePersistence } from './kvs-file-persistence';
import {
  batchKeysRequestSchema,
  batchSetRequestSchema,
  deleteRequestSchema,
  getRequestSchema,
  queryRequestSchema,
  setOptionsSchema,
  setRequestSchema,
  transactionRequestSchema,
} from './kvs-request-schemas';

/** Forge's limit on one stored value. */
export const KVS_MAX_VALUE_BYTES = 240 * 1024;
const DEFAULT_QUERY_LIMIT = 10;
/** Forge counts storage quota in units of 10 KB per request. */
const WRITE_UNIT_BYTES = 10 * 1024;

export interface KvsStoreOptions {
  readonly dir: string | null;
  readonly now?: () => number;
  /**
   * Refuses every n-th write (set, delete, batch, transaction) with Forge's 429 RATE_LIMIT_EXCEEDED, changing nothing,
   * as an installation over its storage write quota sees; for fault tests.
   */
  readonly rateLimitEveryNthWrite?: number;
}

export interface KvsStore {
  handle(path: string, body: string | undefined): Promise<Response>;
  /** Keys currently stored, in key order (for tests and diagnostics). */
  keys(): string[];
  /**
   * Values written so far and Forge's write units for them (each value rounded up to 10 KB, as Forge counts its
   * per-minute storage quota), for benchmarks.
   */
  writeUsage(): { readonly values: number; readonly units: number };
}

type SetOptions = z.infer<typeof setOptionsSchema>;

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const empty = (): Response => new Response(null, { status: 204 });
const fail = (status: number, code: string, message: string): Response => json(status, { code, message });

export function createKvsStore(options: KvsStoreOptions): KvsStore {
  const now = options.now ?? (() => Date.now());
  const persistence = options.dir === null ? null : new KvsFilePersistence(options.dir);
  const entries = new Map<string, KvsEntry>();
  const usage = { values: 0, units: 0 };
  for (const entry of persistence?.loadAll() ?? []) entries.set(entry.key, entry);

  const live = (key: string): KvsEntry | undefined => {
    const entry = entries.get(key);
    if (entry?.expiresAt != null && entry.expiresAt <= now()) {
      entries.delete(key);
      persistence?.remove(key);
      return undefined;
    }
    return entry;
  };

  const put = (key: string, value: unknown, setOptions: SetOptions | undefined): { previous: KvsEntry | undefined; latest: KvsEntry } => {
    const previous = live(key);
    const at = now();
    const ttl = setOptions?.ttl;
    const unitMs = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 } as const;
    const latest: KvsEntry = {
      key,
      value,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      expiresAt: ttl === undefined ? null : at + ttl.value * unitMs[ttl.unit],
    };
    entries.set(key, latest);
    persistence?.write(latest);
    usage.values += 1;
    usage.units += Math.max(1, Math.ceil(jsonByteLength(value) / WRITE_UNIT_BYTES));
    return { previous, latest };
  };

  const remove = (key: string): void => {
    entries.delete(key);
    persistence?.remove(key);
  };

  const tooLarge = (key: string, value: unknown): Response | null => {
    const size = jsonByteLength(value);
    return size > KVS_MAX_VALUE_BYTES ? fail(413, 'MAX_SIZE', `The value of '${key}' is ${size} bytes; the limit is ${KVS_MAX_VALUE_BYTES} bytes.`) : null;
  };

  const describe = (entry: KvsEntry) => ({
    key: entry.key,
    value: entry.value,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    ...(entry.expiresAt === null ? {} : { expireTime: new Date(entry.expiresAt).toISOString() }),
  });

  const routes: Record<string, (raw: unknown) => Response> = {
    '/api/v1/get': (raw) => {
      const { key } = getRequestSchema.parse(raw);
      const entry = live(key);
      return entry ? json(200, describe(entry)) : fail(404, 'KEY_NOT_FOUND', `No value is stored under '${key}'.`);
    },
    '/api/v1/set': (raw) => {
      const request = setRequestSchema.parse(raw);
      const sizeProblem = tooLarge(request.key, request.value);
      if (sizeProblem) return sizeProblem;
      if (request.options?.keyPolicy === 'FAIL_IF_EXISTS' && live(request.key)) {
        return fail(409, 'KEY_CONFLICT', `A value is already stored under '${request.key}'.`);
      }
      const { previous, latest } = put(request.key, request.value, request.options);
      if (request.options?.returnValue === 'PREVIOUS') return previous ? json(200, describe(previous)) : empty();
      if (request.options?.returnValue === 'LATEST') return json(200, describe(latest));
      return empty();
    },
    '/api/v1/delete': (raw) => {
      const { key } = deleteRequestSchema.parse(raw);
      remove(key);
      return empty();
    },
    '/api/v1/query': (raw) => {
      const request = queryRequestSchema.parse(raw);
      const prefix = request.where?.[0]?.values[0] ?? '';
      const after = request.after === undefined ? null : Buffer.from(request.after, 'base64url').toString('utf8');
      const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
      const matching = [...entries.keys()].filter((key) => key.startsWith(prefix) && (after === null || key > after) && live(key) !== undefined).sort();
      const page = matching.slice(0, limit);
      const last = page.at(-1);
      const more = matching.length > limit && last !== undefined;
      return json(200, {
        data: page.map((key) => ({ key, value: entries.get(key)?.value })),
        ...(more ? { cursor: Buffer.from(last, 'utf8').toString('base64url') } : {}),
      });
    },
    '/api/v1/transaction': (raw) => {
      const request = transactionRequestSchema.parse(raw);
      const sets = request.set ?? [];
      for (const set of sets) {
        const sizeProblem = tooLarge(set.key, set.value);
        if (sizeProblem) return sizeProblem;
        if (set.options?.keyPolicy === 'FAIL_IF_EXISTS' && live(set.key)) {
          return fail(409, 'KEY_CONFLICT', `A value is already stored under '${set.key}'.`);
        }
      }
      // Validated whole before any write: a transaction applies completely or not at all.
      for (const set of sets) put(set.key, set.value, set.options);
      for (const del of request.delete ?? []) remove(del.key);
      return empty();
    },
    '/api/v1/batch/set': (raw) => {
      const items = batchSetRequestSchema.parse(raw);
      const successfulKeys: { key: string }[] = [];
      const failedKeys: { key: string; error: { code: string; message: string } }[] = [];
      for (const item of items) {
        if (tooLarge(item.key, item.value)) {
          failedKeys.push({ key: item.key, error: { code: 'MAX_SIZE', message: 'The value is larger than 240 KiB.' } });
        } else {
          put(item.key, item.value, undefined);
          successfulKeys.push({ key: item.key });
        }
      }
      return json(200, { successfulKeys, failedKeys });
    },
    '/api/v1/batch/get': (raw) => {
      const items = batchKeysRequestSchema.parse(raw);
      const successfulKeys = items.flatMap(({ key }) => {
        const entry = live(key);
        return entry ? [{ key, value: entry.value }] : [];
      });
      const failedKeys = items
        .filter(({ key }) => live(key) === undefined)
        .map(({ key }) => ({ key, error: { code: 'KEY_NOT_FOUND', message: `No value is stored under '${key}'.` } }));
      return json(200, { successfulKeys, failedKeys });
    },
    '/api/v1/batch/delete': (raw) => {
      const items = batchKeysRequestSchema.parse(raw);
      for (const { key } of items) remove(key);
      return json(200, { successfulKeys: items.map(({ key }) => ({ key })), failedKeys: [] });
    },
  };

  const writePaths = new Set(['/api/v1/set', '/api/v1/delete', '/api/v1/transaction', '/api/v1/batch/set', '/api/v1/batch/delete']);
  let writes = 0;
  const rateLimited = (path: string): boolean => {
    const every = options.rateLimitEveryNthWrite;
    if (every === undefined || !writePaths.has(path)) return false;
    writes += 1;
    return writes % every === 0;
  };

  return {
    handle(path, body) {
      const route = routes[path];
      if (!route) return Promise.resolve(fail(404, 'NOT_FOUND', `The local KVS does not serve ${path}.`));
      if (rateLimited(path))
        return Promise.resolve(fail(429, 'RATE_LIMIT_EXCEEDED', 'The installation has exceeded its storage write quota. Try again later.'));
      try {
        const raw: unknown = body === undefined || body === '' ? {} : JSON.parse(body);
        return Promise.resolve(route(raw));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return Promise.resolve(fail(400, 'INVALID_REQUEST', `Bad KVS request to ${path}: ${message}`));
      }
    },
    keys: () => [...entries.keys()].filter((key) => live(key) !== undefined).sort(),
    writeUsage: () => ({ ...usage }),
  };
}
