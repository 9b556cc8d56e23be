import type { ServerResponse } from 'node:http';

export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Sends a whole reply; nothing is cached, since the build and the data change under a running dev server. */
export function sendReply(response: ServerResponse, reply: Reply, headOnly = false): void {
  response.writeHead(reply.status, {
    'content-type': reply.contentType,
    'content-length': String(Buffer.byteLength(reply.body)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  });
  response.end(headOnly ? undefined : reply.body);
}

/**
 * A JSON error reply: `{ error: { code, message, issues? } }`.
 *
 * @example
 * jsonError(404, 'NOT_FOUND', 'No such page.').status; // => 404
 */
export function jsonError(status: number, code: string, message: string, issues?: readonly string[]): Reply {
  return { status, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ error: { code, message, ...(issues ? { issues } : {}) } }) };
}

/** A JSON success reply. */
export function jsonReply(value: unknown, status = 200): Reply {
  return { status, contentType: 'application/json; charset=utf-8', body: value === undefined ? 'null' : JSON.stringify(value) };
}
